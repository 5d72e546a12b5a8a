import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { MATCH_START } from '../pattern';
import { GAP_STOPS, isModifier, isOblique } from '../syntax';
import { idsAt, isOrgAt, isPersonAt, titledPersonAt, triggerAt, wordAt } from './founders-clause';
import { foundVerb } from './founders-founded';
import { LEAD_EN, LEAD_FR, NOT_LEAD_VERB } from './founders-words';

/**
 * A person's own venture told as an apposition of the company: "P now runs X, a firm he co-founded in 2016 with
 * Q", "P sits on the board of X, a start-up she co-founded and still chairs", "P dirige X, une PME qu'il a créée avec
 * Q". The pronoun of the apposition is the sentence's subject, so that person founded X (and Q with them); "still
 * chairs" and "now runs X" make the subject X's head too.
 */

/** The article opening the apposition ("a firm", "une start-up", "the company"). */
const VENTURE_DETERMINER = /^(a|an|the|une|un|la|le|l')$/;
/** Most descriptor words between that article and the pronoun ("a footwear start-up", "une PME de services"). */
const MAX_VENTURE_WORDS = 5;
/** The object relative French needs before the pronoun ("qu'il a créée"); English may drop it. */
const OBJECT_RELATIVE = /^(that|which|whom|qu'|que)$/;
/** The pronoun of the person who founded the company. */
const PERSON_PRONOUN = /^(he|she|they|il|elle|ils|elles)$/;
/** An auxiliary or an adverb between the pronoun and the verb of founding ("he had co-founded", "qu'elle a créée"). */
const VERB_GROUP_WORD = /^(had|has|have|a|avait|ont|avaient|also|aussi|first|then|originally)$/;
/** A four-digit year, or the words that introduce it, after the verb ("co-founded in 2016 with"). */
const YEAR_OR_IN = /^(in|en|1[89]\d\d|20\d\d)$/;
/** Most units read after the verb for the co-founder or the "and still chairs" that follow it. */
const MAX_AFTER_VERB_UNITS = 6;
/** A word before a verb of heading that tells it is a present post ("now runs", "and still chairs"). */
const NOW_OR_AND = /^(now|still|currently|and|et|désormais|aujourd'hui|toujours|actuellement)$/;

/** A verb of heading, present or past, in either language (not the noun "président"). */
function leadVerb(w: string | null): boolean {
  if (w === null || NOT_LEAD_VERB.test(w)) return false;
  return LEAD_EN.test(w) || LEAD_FR.test(w);
}

/**
 * The sentence's subject before `before`: its first person, not the object of a preposition, or -1. A company
 * that only qualifies a title is stepped over ("Former Cobalt chief executive P … now leads X, a maker he started").
 */
function subjectPerson(units: Unit[], before: number): number {
  for (let k = 0; k < before; k++) {
    const u = units[k];
    if (u.kind !== 'ent' || (u.orgs && isModifier(units, k, false))) continue;
    return isPersonAt(units, k) && !isOblique(units, k) ? k : -1;
  }
  return -1;
}

interface Venture {
  org: number;
  /** The unit of the verb of founding in the apposition. */
  verb: number;
}

/** "X, a firm he co-founded": the verb of founding whose pronoun is the subject, or null. */
function ventureAt(units: Unit[], org: number, lang: Language): Venture | null {
  if (!isOrgAt(units, org) || wordAt(units, org + 1) !== ',') return null;
  let k = org + 2;
  if (!VENTURE_DETERMINER.test(wordAt(units, k) ?? '')) return null;
  k++;
  for (let words = 0; words < MAX_VENTURE_WORDS && !PERSON_PRONOUN.test(wordAt(units, k) ?? ''); words++) {
    const w = wordAt(units, k);
    if (w === null || GAP_STOPS.has(w) || w === ',') return null;
    if (OBJECT_RELATIVE.test(w) && PERSON_PRONOUN.test(wordAt(units, k + 1) ?? '')) {
      k++;
      break;
    }
    k++;
  }
  if (!PERSON_PRONOUN.test(wordAt(units, k) ?? '')) return null;
  k++;
  while (VERB_GROUP_WORD.test(wordAt(units, k) ?? '')) k++;
  return foundVerb(triggerAt(units, k) ?? '', lang) ? { org, verb: k } : null;
}

function capture(person: number, units: Unit[], org: number, start: number): Captures {
  return {
    p: idsAt(units, person),
    org: idsAt(units, org),
    '#p': [person],
    '#org': [org],
    [MATCH_START]: [start],
  };
}

/** Each company told as a venture its sentence's subject person founded: the company, its verb, the person. */
function eachOwnVenture(
  units: Unit[],
  lang: Language,
  visit: (org: number, venture: Venture, person: number) => void,
): void {
  units.forEach((_, o) => {
    const v = ventureAt(units, o, lang);
    if (v === null) return;
    const p = subjectPerson(units, o);
    if (p >= 0) visit(o, v, p);
  });
}

/** FOUNDED: the subject, and a co-founder named after "with"/"avec". */
export function readOwnVentureFounders(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  eachOwnVenture(units, lang, (o, v, p) => {
    out.push(capture(p, units, o, p));
    for (let j = v.verb + 1; j < units.length && j - v.verb <= MAX_AFTER_VERB_UNITS; j++) {
      const w = wordAt(units, j);
      if (w !== null && YEAR_OR_IN.test(w)) continue;
      if (w !== 'with' && w !== 'avec') return;
      const q = titledPersonAt(units, j + 1);
      if (q >= 0 && q !== p) out.push(capture(q, units, o, p));
      return;
    }
  });
  return out;
}

/** LEADS: "P now runs X, a firm he co-founded", "X, a start-up she co-founded and still chairs". */
export function readOwnVentureLeads(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  eachOwnVenture(units, lang, (o, v, p) => {
    const runsBefore = leadVerb(wordAt(units, o - 1)) && NOW_OR_AND.test(wordAt(units, o - 2) ?? '');
    let stillHeads = false;
    for (let j = v.verb + 1; j < units.length && j - v.verb <= MAX_AFTER_VERB_UNITS; j++) {
      const w = wordAt(units, j);
      if (w === null || w === ',' || GAP_STOPS.has(w)) break;
      if (leadVerb(w) && NOW_OR_AND.test(wordAt(units, j - 1) ?? '')) stillHeads = true;
    }
    if (runsBefore || stillHeads) out.push(capture(p, units, o, p));
  });
  return out;
}

/** The pronouns every reading needs ("a firm he co-founded"). */
const PRONOUN_WORDS = ['he', 'she', 'they', 'il', 'elle', 'ils', 'elles'];

export const OWN_VENTURE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.founded.own-venture',
    type: 'FOUNDED',
    read: readOwnVentureFounders,
    neededWords: PRONOUN_WORDS,
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
  {
    id: 'frame.leads.own-venture',
    type: 'LEADS',
    read: readOwnVentureLeads,
    neededWords: PRONOUN_WORDS,
    source: 'p',
    target: 'org',
    confidence: 0.65,
  },
];
