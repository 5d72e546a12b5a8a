import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { isLeaderTitle } from '../people';
import { GAP_STOPS } from '../syntax';
import { FUTURE_AUX } from '../people-words';
import {
  idsAt,
  isOrgAt,
  isPersonAt,
  objectOrgAfter,
  subjectPeopleBefore,
  triggerAt,
  wordAt,
} from './founders-clause';
import { captures, passiveAt } from './founders-founded';
import { apposedPossessorOf } from './leads-pronoun-possessor';
import {
  AUXILIARY,
  BY,
  FOUND_PARTICIPLE,
  FOUNDER_NOUN,
  LEAD_EN,
  LEAD_FR,
  LEAD_PARTICIPLE,
  NATIONALITY_ADJECTIVE,
  NOT_LEAD_VERB,
  RELATIVE,
  TITLE_COPULA,
} from './founders-words';

/** LEADS (and FOUNDED from a fronted title) read from the clause of a verb of heading or a title. */

/** Most units of a relative clause read for a founder's current title ("qui en est toujours le président"). */
const MAX_RELATIVE_UNITS = 10;
/** Most words of a title opening a sentence ("Présidente et cofondatrice de"). */
const MAX_FRONTED_TITLE_WORDS = 6;
/** Most units searched after a fronted title's company for the person it is apposed to. */
const MAX_APPOSED_SCAN_UNITS = 30;

function leadVerb(w: string, lang: Language): boolean {
  if (NOT_LEAD_VERB.test(w)) return false;
  return lang === 'fr' ? LEAD_FR.test(w) : LEAD_EN.test(w);
}

/** A future auxiliary word ("sera", "will"; see FUTURE_AUX). */
const FUTURE_WORD = new RegExp(`^${FUTURE_AUX}$`, 'u');

/**
 * "Le nouvel ensemble sera dirigé par P", "The combined company will be led by P": a pointer subject of a future
 * passive is most often a company a merger will form, which exists under no name yet (any.leads.will-be-run-by).
 */
function futureHeadOfPointer(units: Unit[], org: number, t: number): boolean {
  const u = units[org];
  if (u?.kind !== 'ent' || !u.anaphor || org > t) return false;
  for (let k = org + 1; k < t; k++) if (FUTURE_WORD.test(wordAt(units, k) ?? '')) return true;
  return false;
}

/** "X est dirigée depuis 2008 par P", "X, chaired by P", "fondée par A et dirigée par lui". */
export function readLeadsPassive(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    const w = triggerAt(units, t);
    if (w === null || !LEAD_PARTICIPLE.test(w)) return;
    const r = passiveAt(units, t);
    if (r && futureHeadOfPointer(units, r.org, t)) return;
    if (r) out.push(captures(r.people.ids, r.people.first, idsAt(units, r.org), r.org, Math.min(r.org, t)));
  });
  return out;
}

/** The word after "par" that makes "par X" an adverb ("par ailleurs", "par intérim"), not an agent. */
const ADVERBIAL_PAR = /^(ailleurs|intérim|interim)$/;

/** Present-tense verbs of heading: a pointer object after them is the company the person heads now. */
const PRESENT_LEAD = /^(runs|leads|heads|chairs|helms|dirige|dirigent|préside|pilote|codirige)$/;

/** Index of a company pointer at `k` ("the company", "l'entreprise") not owning what follows, or -1. */
function pointerOrgAt(units: Unit[], k: number): number {
  const u = units[k];
  return u?.kind === 'ent' && u.anaphor && u.orgs && isOrgAt(units, k) ? k : -1;
}

/** Adverbs of time or addition between a verb of heading and its object: "dirige désormais", "préside toujours". */
const OBJECT_ADVERB =
  /^(désormais|toujours|aujourd'hui|actuellement|également|aussi|encore|now|still|also|currently|today)$/;

/** Words of a time phrase "depuis"/"since" opens before the object: a year, a month, a count of years. */
const SINCE_WORD =
  /^((19|20)\d\d|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|\d+|deux|trois|quatre|cinq|six|dix|quinze|vingt|plus|de|d'|ans|années|years|l'|an|dernier|sa|création)$/;
/** Most words of such a phrase ("depuis plus de dix ans", "depuis janvier 2021"). */
const MAX_SINCE_WORDS = 4;

/** The first unit after a time phrase opening at `k` ("depuis 2019", "since March 2020"), or `k` when none. */
function sinceAfter(units: Unit[], k: number): number {
  if (!/^(depuis|since)$/.test(wordAt(units, k) ?? '')) return k;
  let j = k + 1;
  while (j < units.length && j - k <= MAX_SINCE_WORDS && SINCE_WORD.test(wordAt(units, j) ?? '')) j++;
  // the phrase must name its time: a name right after "depuis" is a place or a base ("depuis Lyon")
  return j > k + 1 ? j : k;
}

/**
 * The first unit after `k` past the adverbs a verb of heading may take before its object, and a time phrase of
 * its own ("dirige depuis 2019 X", "préside désormais depuis mars X").
 */
function adverbsAfter(units: Unit[], k: number, present: boolean): number {
  let j = k;
  while (j < units.length && j - k < 2 && OBJECT_ADVERB.test(wordAt(units, j) ?? '')) j++;
  // "dirigeait depuis 2019 X" is told of a head who is leaving: only a present verb keeps the time phrase
  if (!present) return j;
  // commas may enclose the phrase ("dirige, depuis 2019, X")
  const open = wordAt(units, j) === ',' ? j + 1 : j;
  const since = sinceAfter(units, open);
  if (since === open) return j;
  return wordAt(units, since) === ',' ? since + 1 : since;
}

/** Prepositions left in front of the object once the time phrase is read: a base or a start, not an object. */
const BASE_PREPOSITION = /^(depuis|since|from)$/;

/** Verbs of heading in the third person singular: their subject is one person. */
const SINGULAR_LEAD =
  /^(dirige|préside|pilote|codirige|co-dirige|dirigeait|présidait|pilotait|runs|leads|heads|chairs|helms)$/;

/** "A dirige X", "A, who ran X until 2020": a person subject and a company object of a verb of heading. */
export function readLeadsActive(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  units.forEach((u, t) => {
    if (u.kind !== 'tok' || !leadVerb(u.token.lower, lang)) return;
    // "P dirige par ailleurs X": "par ailleurs"/"par intérim" is an adverb, no passive's agent
    const byNext = BY.test(wordAt(units, t + 1) ?? '');
    const adverbial = byNext && ADVERBIAL_PAR.test(wordAt(units, t + 2) ?? '');
    if (byNext && !adverbial) return;
    const subject = subjectPeopleBefore(units, t);
    if (!subject || subject.negated) return;
    const after = adverbsAfter(units, adverbial ? t + 3 : t + 1, PRESENT_LEAD.test(u.token.lower));
    // "que P dirige depuis Wageningen", "who runs it from Aarhus": a name a preposition of time or origin brings in
    // right after the verb is where the head sits, never what is headed
    if (BASE_PREPOSITION.test(wordAt(units, after) ?? '')) return;
    const named = objectOrgAfter(units, after, true);
    // "Kamau runs the company with …": a pointer right after the verb, the discourse's company
    // only in the present: "who has led the business since 2008" is told of a head being replaced as often as not
    const pointer = named < 0 && PRESENT_LEAD.test(u.token.lower) ? pointerOrgAt(units, after) : -1;
    // "its founder, P, who still runs it": the pronoun is the possessive's company
    const possessor = pointer >= 0 ? apposedPossessorOf(units, subject.at) : -1;
    const org = named >= 0 ? named : possessor >= 0 ? possessor : pointer;
    // "A et B, qui dirige aujourd'hui l'entreprise": a verb in the singular agrees with the nearest name alone
    const ids = SINGULAR_LEAD.test(u.token.lower) ? subject.ids.slice(0, 1) : subject.ids;
    if (org >= 0) out.push(captures(ids, subject.at, idsAt(units, org), org, subject.at));
  });
  return out;
}

/** The words of the relative clause after the person at `p` (", qui en est toujours le président"), or null. */
function relativeAfter(units: Unit[], p: number): string | null {
  if (wordAt(units, p + 1) !== ',' || !RELATIVE.test(wordAt(units, p + 2) ?? '')) return null;
  const words: string[] = [];
  for (let j = p + 3; j < units.length && j - p <= MAX_RELATIVE_UNITS; j++) {
    const u = units[j];
    // a company named in the clause may be another one the person heads
    if (u.kind === 'ent') return null;
    if (u.token.text === ',' || GAP_STOPS.has(u.token.text)) break;
    words.push(u.token.lower);
  }
  return words.some((w) => TITLE_COPULA.test(w)) ? words.join(' ') : null;
}

/** "Fondé en 2011 par P, qui en est toujours le président, X …": the last founder named still heads X. */
export function readFounderStillLeads(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    const w = triggerAt(units, t);
    if (w === null || !FOUND_PARTICIPLE.test(w)) return;
    const r = passiveAt(units, t);
    const title = r ? relativeAfter(units, r.people.last) : null;
    if (!r || title === null || !isLeaderTitle(title)) return;
    out.push(captures(idsAt(units, r.people.last), r.people.last, idsAt(units, r.org), r.org, t));
  });
  return out;
}

/** A sentence opening on a title of a company, apposed to a later person: the title's words, company and person. */
interface FrontedTitle {
  title: string;
  org: number;
  person: number;
}

/** "Présidente et cofondatrice de X, un centre de contacts …, P revient sur …", "Chief executive of X since 2019, P said". */
function frontedTitle(units: Unit[]): FrontedTitle | null {
  const words: string[] = [];
  let k = 0;
  for (; k < units.length && k < MAX_FRONTED_TITLE_WORDS; k++) {
    const w = triggerAt(units, k);
    if (w === null || /^(de|du|d'|of|at|chez)$/.test(w)) break;
    words.push(w);
  }
  if (words.length === 0 || !/^(de|du|d'|of|at|chez)$/.test(wordAt(units, k) ?? '')) return null;
  // "La dirigeante a pris la tête de X …, P": a clause, not a title, opens the sentence
  if (words.some((w) => AUXILIARY.test(w))) return null;
  if (/^(la|le|l'|the)$/.test(wordAt(units, k + 1) ?? '')) k++;
  const org = k + 1;
  // "président de la Polynésie française": a name with a nationality after it is a state or territory
  if (!isOrgAt(units, org) || NATIONALITY_ADJECTIVE.test(wordAt(units, org + 1) ?? '')) return null;
  for (let c = org + 1; c < units.length && c - org <= MAX_APPOSED_SCAN_UNITS; c++) {
    const u = units[c];
    if (u.kind !== 'tok') continue;
    if (GAP_STOPS.has(u.token.text)) return null;
    if (u.token.text === ',' && isPersonAt(units, c + 1))
      return { title: words.join(' '), org, person: c + 1 };
  }
  return null;
}

export function readFrontedLeaderTitle(units: Unit[]): Captures[] {
  const f = frontedTitle(units);
  if (!f || !isLeaderTitle(f.title)) return [];
  return [captures(idsAt(units, f.person), f.person, idsAt(units, f.org), f.org, 0)];
}

export function readFrontedFounderTitle(units: Unit[]): Captures[] {
  const f = frontedTitle(units);
  if (!f || !f.title.split(' ').some((w) => FOUNDER_NOUN.test(w))) return [];
  return [captures(idsAt(units, f.person), f.person, idsAt(units, f.org), f.org, 0)];
}
