import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import { GAP_STOPS, isOblique } from '../syntax';
import {
  agentsAt,
  coordinatedParticiple,
  idsAt,
  isPersonAt,
  objectOrgAfter,
  orgBeforeParticiple,
  subjectPeopleBefore,
  titledPersonAt,
  triggerAt,
  wordAt,
} from './founders-clause';
import type { PersonList, SubjectReading } from './founders-clause';
import { opensSentence, subjectAfterFronted } from './founders-fronted';
import { seenBefore } from './founders-pointers';
import { companyBeforePerson } from './founders-relative-company';
import { coordinatedSubject } from './founders-coordinated-subject';
import { relativeAgentSubject } from './founders-relative-agent';
import {
  BY,
  FOUNDER_NOUN,
  FOUND_EN,
  STAFF_NOUN,
  FOUND_FR,
  FOUND_PARTICIPLE,
  LEAD_PARTICIPLE,
  RELATIVE,
} from './founders-words';

/** FOUNDED read from the clause of a founding verb or participle (both languages). */

/** Most words between a participle and its "par"/"by" ("créé en 2004 à Lyon par"). */
const MAX_AGENT_GAP_WORDS = 6;

/** The preposition of a place between a participle and its agent ("founded in Berlin by", "fondée à Lyon / au Mans par"). */
const PLACE_PREPOSITION = /^(à|au|aux|in)$/;
/** The capitalised article of a town's name ("à La Rochelle", "in The Hague", "à Las Vegas"). */
const PLACE_ARTICLE = /^(La|Le|Les|L'|The|Las|Los|El)$/;

/** The entity at `j` follows "à"/"in", itself or after a town's own article ("à La Rochelle"): a place. */
function afterPlacePreposition(units: Unit[], j: number): boolean {
  if (PLACE_PREPOSITION.test(wordAt(units, j - 1) ?? '')) return true;
  const article = units[j - 1];
  return (
    article?.kind === 'tok' &&
    PLACE_ARTICLE.test(article.token.text) &&
    PLACE_PREPOSITION.test(wordAt(units, j - 2) ?? '')
  );
}
/** A preposition inside the words before a name after "avec"/"with": the name is no co-founder. */
const OF_WORD = /^(de|du|d'|des|of|from)$/;
/** Most words between the founded company and "with"/"avec" naming a co-founder ("X in 2009 with B"). */
const MAX_COFOUNDER_GAP_WORDS = 3;

export function foundVerb(w: string, lang: Language): boolean {
  return lang === 'fr' ? FOUND_FR.test(w) : FOUND_EN.test(w);
}

export function isFoundOrLeadParticiple(w: string): boolean {
  return FOUND_PARTICIPLE.test(w) || LEAD_PARTICIPLE.test(w);
}

/** Index after the "par"/"by" that a participle at `t` takes ("fondée en 1996 à Bordeaux par"), or -1. */
export function agentMarkerAfter(units: Unit[], t: number): number {
  let k = t + 1;
  if (triggerAt(units, t) === 'set') {
    if (wordAt(units, k) !== 'up') return -1;
    k++;
  }
  // units of a place's bracketed region, which the gap does not count ("à Écouen (Val-d'Oise) par")
  let bracketed = 0;
  for (let j = k; j < units.length && j - k - bracketed <= MAX_AGENT_GAP_WORDS; j++) {
    const u = units[j];
    if (u.kind === 'ent') {
      // "créée en 2011 à Grasse par P": the entity stage may take a town for a company; after "à"/"in" it is a place
      if (!u.persons && afterPlacePreposition(units, j)) continue;
      // "founded in 1998 as Aire Valley Finance by P": the company's former name, not another party
      if (!u.persons && FORMER_NAME_BEFORE.test(wordAt(units, j - 1) ?? '')) continue;
      return -1;
    }
    if (u.token.text === '(' && j > k) {
      const close = regionClose(units, j);
      if (close < 0) return -1;
      bracketed += close - j + 1;
      j = close;
      continue;
    }
    if (BY.test(u.token.lower)) return j + 1;
    if (u.token.text === ',' || GAP_STOPS.has(u.token.text) || RELATIVE.test(u.token.lower)) return -1;
    // "Créé en 1998 et présidé par P": the agent belongs to the second participle only
    if (/^(and|et)$/.test(u.token.lower) || isFoundOrLeadParticiple(u.token.lower)) return -1;
  }
  return -1;
}

/** "as" before a company's earlier name inside the gap ("founded in 1998 as Aire Valley Finance by P"). */
const FORMER_NAME_BEFORE = /^as$/;
/** Most units of a place's bracketed region ("(Val-d'Oise)", "(West Yorkshire)"). */
const MAX_REGION_UNITS = 4;

/** The ")" closing the bracket at `open` when only words of a region stand inside (no person), else -1. */
function regionClose(units: Unit[], open: number): number {
  for (let j = open + 1; j < units.length && j - open <= MAX_REGION_UNITS + 1; j++) {
    const u = units[j];
    if (u.kind === 'ent' && u.persons) return -1;
    if (u.kind === 'tok' && u.token.text === ')') return j > open + 1 ? j : -1;
    if (u.kind === 'tok' && !/^[\p{L}'-]+$/u.test(u.token.text)) return -1;
  }
  return -1;
}

export interface PassiveReading {
  people: PersonList;
  org: number;
}

/**
 * A passive of founding or heading at `t`: the people after "par"/"by" and the company, either the subject before
 * the participle (or before the participle it is coordinated with) or, for a fronted phrase, the main clause's.
 */
export function passiveAt(units: Unit[], t: number): PassiveReading | null {
  const by = agentMarkerAfter(units, t);
  if (by < 0) return null;
  const people = agentsAt(units, by, t);
  if (!people) return null;
  const earlier = coordinatedParticiple(units, t, isFoundOrLeadParticiple);
  // the earlier participle's company first; else this one's own ("X, une PME fondée en 2010 et dirigée par P")
  for (const anchor of earlier >= 0 ? [earlier, t] : [t]) {
    const before = orgBeforeParticiple(units, anchor);
    if (before) return before.negated ? null : { people, org: before.at };
    if (!opensSentence(units, anchor)) continue;
    const org = subjectAfterFronted(units, Math.max(people.last, t) + 1);
    if (org >= 0) return { people, org };
  }
  return null;
}

export function captures(
  people: number[],
  peopleAt: number,
  org: number[],
  orgAt: number,
  start: number,
): Captures {
  return { p: people, org, '#p': [peopleAt], '#org': [orgAt], [MATCH_START]: [start] };
}

/** "Créé en 2004 par A et B, X …", "X, la jeune pousse fondée par A", "fondée par A et dirigée par lui". */
export function readFoundedPassive(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    const w = triggerAt(units, t);
    if (w === null || !FOUND_PARTICIPLE.test(w)) return;
    const r = passiveAt(units, t);
    if (r) out.push(captures(r.people.ids, r.people.first, idsAt(units, r.org), r.org, Math.min(r.org, t)));
  });
  return out;
}

/** The co-founders named after the founded company ("X avec B", "X in 2009 with B"). */
export function cofoundersAfter(units: Unit[], org: number): number[] {
  for (let j = org + 1; j < units.length && j - org <= MAX_COFOUNDER_GAP_WORDS + 1; j++) {
    const w = wordAt(units, j);
    if (w === null || w === ',' || GAP_STOPS.has(w)) return [];
    if (w !== 'with' && w !== 'avec') continue;
    const p = titledPersonAt(units, j + 1);
    // "avec le soutien de P", "with the help of P": P helped, the title words name no co-founder
    if (p < 0 || units.slice(j + 1, p).some((u) => u.kind === 'tok' && OF_WORD.test(u.token.lower)))
      return [];
    const ids = [...idsAt(units, p)];
    // "avec A et B"
    if (/^(and|et)$/.test(wordAt(units, p + 1) ?? '') && isPersonAt(units, p + 2))
      ids.push(...idsAt(units, p + 2));
    return ids;
  }
  return [];
}

/**
 * "P left in 2019 to start X", "P a quitté le groupe pour fonder X": an infinitive of founding takes the person
 * the sentence opens on, when no other person stands between.
 */
function infinitiveSubject(units: Unit[], t: number): SubjectReading | null {
  if (!/^(to|pour|de|d')$/.test(wordAt(units, t - 1) ?? '')) return null;
  const people = units.flatMap((_, k) => (k < t && isPersonAt(units, k) ? [k] : []));
  // the sentence's subject: its first name that follows no preposition and qualifies no title
  const first = units.findIndex(
    (u, k) => u.kind === 'ent' && !isOblique(units, k) && !(u.orgs && isTitleModifier(units, k)),
  );
  if (people.length !== 1 || first !== people[0]) return null;
  return { ids: idsAt(units, first), at: first, negated: false };
}

/** "Acme co-founder P": a company naming the person's employer, right before a lower-case title word. */
function isTitleModifier(units: Unit[], k: number): boolean {
  const w = wordAt(units, k + 1) ?? '';
  return FOUNDER_NOUN.test(w) || isLeaderTitle(w) || STAFF_NOUN.test(w);
}

/** A pointer object of a founding verb in a relative after the person ("P, who founded the business in 2007"), or -1. */
function relativePointerObject(units: Unit[], subject: SubjectReading, t: number, from: number): number {
  const relative = units
    .slice(subject.at + 1, t)
    .some((u) => u.kind === 'tok' && RELATIVE.test(u.token.lower));
  if (!relative) return -1;
  const at = objectOrgAfter(units, from);
  const u = units[at];
  return u?.kind === 'ent' && u.anaphor ? at : -1;
}

/**
 * The company units a relative's pointer object stands for: the nearest company the sentence names before the
 * person (founders-relative-company.ts). With none, the discourse reading is kept only when the sentence already
 * named or pointed at that company before the person, so the pointer is taken up from this sentence, not guessed
 * from the article; a co-founder named after the pointer ("who co-founded the company in 2009 with Q") ties the
 * clause to one founding shared by the two, which the pattern rules already read for the subject alone.
 * "il succède à P, qui avait fondé l'entreprise": after an oblique person the discourse reading is often another
 * company than the one named before; only a co-founder named with it ties it to this founding.
 */
function relativeFoundedCompany(
  units: Unit[],
  subject: SubjectReading,
  pointer: number,
  direct: boolean,
): number[] {
  const named = companyBeforePerson(units, subject.at);
  if (named >= 0) return idsAt(units, named);
  const cofounded = cofoundersAfter(units, pointer).length > 0;
  if (cofounded || (direct && seenBefore(units, pointer, subject.at, true))) return idsAt(units, pointer);
  return [];
}

/** "A et B créaient X", "A, who co-founded X with B", "A a cofondé la fondation X avec B" (any tense). */
export function readFoundedActive(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  units.forEach((u, t) => {
    if (u.kind !== 'tok') return;
    // "A set up X in 2015"
    const setUp = lang === 'en' && u.token.lower === 'set' && wordAt(units, t + 1) === 'up';
    if (!setUp && !foundVerb(u.token.lower, lang)) return;
    const objFrom = setUp ? t + 2 : t + 1;
    if (BY.test(wordAt(units, objFrom) ?? '')) return;
    const direct =
      subjectPeopleBefore(units, t) ?? infinitiveSubject(units, t) ?? coordinatedSubject(units, t);
    const subject = direct ?? relativeAgentSubject(units, t);
    if (!subject || subject.negated) return;
    const org = objectOrgAfter(units, objFrom, true);
    if (org < 0) {
      const pointer = relativePointerObject(units, subject, t, objFrom);
      const company = pointer >= 0 ? relativeFoundedCompany(units, subject, pointer, direct !== null) : [];
      if (company.length === 0) return;
      // "P, who co-founded the company in 2009 with Q": Q founded the company the pointer takes up as well
      const people = [...subject.ids, ...cofoundersAfter(units, pointer)];
      out.push(captures(people, subject.at, company, pointer, subject.at));
      return;
    }
    const people = [...subject.ids, ...cofoundersAfter(units, org)];
    out.push(captures(people, subject.at, idsAt(units, org), org, subject.at));
  });
  return out;
}
