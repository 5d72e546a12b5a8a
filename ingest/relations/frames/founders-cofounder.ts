import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { GAP_STOPS, isOblique } from '../syntax';
import { idsAt, isOrgAt, isPersonAt, objectOrgAfter, wordAt } from './founders-clause';
import { captures, cofoundersAfter, foundVerb } from './founders-founded';
import {
  ADVERB,
  AUXILIARY,
  LEAD_EN,
  LEAD_FR,
  NOT_LEAD_VERB,
  OBJECT_PRONOUN,
  SUBJECT_PRONOUN,
} from './founders-words';

/**
 * FOUNDED of the co-founders named after "avec"/"with" when the founding verb's subject is a pronoun ("she
 * co-founded X with P", "vous avez fondé X avec votre associé P", "he set it up with his sister P"). Only the
 * co-founders are read: whom the pronoun stands for is left to the anaphora of units.ts.
 */

/** Auxiliaries of an active past and the French object clitic ("vous avez fondé", "il l'a créée", "she had"). */
const ACTIVE_AUXILIARY = /^(a|ai|as|avons|avez|ont|avait|avaient|l'|has|have|had)$/;
/** Most words between the subject pronoun and the founding verb ("a ensuite", "had later"). */
const MAX_VERB_GROUP_WORDS = 3;

/** "Ce dernier", "cette dernière", "the latter": a person named just before, told as a pronoun is. */
const LATTER = /^(dernier|dernière|latter)$/;

/** A personal pronoun, or a latter phrase ending, at `j`. */
function pronounSubjectAt(units: Unit[], j: number): boolean {
  const w = wordAt(units, j) ?? '';
  if (SUBJECT_PRONOUN.test(w)) return true;
  return LATTER.test(w) && /^(ce|cette|the)$/.test(wordAt(units, j - 1) ?? '');
}

/** A founding verb at `t` with a pronoun subject; the index its object starts at, or -1. */
function objectAfterPronounSubject(units: Unit[], t: number, lang: Language): number {
  const w = wordAt(units, t) ?? '';
  // "set it up", "set up X"
  const setUp = lang === 'en' && w === 'set';
  if (!setUp && !foundVerb(w, lang)) return -1;
  let j = t - 1;
  // "il l'a fondée": the clitic object stands in the verb group
  while (j >= 0 && t - j <= MAX_VERB_GROUP_WORDS && ACTIVE_AUXILIARY.test(wordAt(units, j) ?? '')) j--;
  while (j >= 0 && t - j <= MAX_VERB_GROUP_WORDS + 1 && ADVERB.test(wordAt(units, j) ?? '')) j--;
  if (!pronounSubjectAt(units, j) || AUXILIARY.test(wordAt(units, t + 1) ?? '')) return -1;
  if (!setUp) return t + 1;
  return wordAt(units, t + 1) === 'up' ? t + 2 : t + 1;
}

/** "elle a cofondé X avec P", "she co-founded X with P": P founded the company named as the object. */
export function readCofounderOfNamed(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    const from = objectAfterPronounSubject(units, t, lang);
    if (from < 0) return;
    const org = objectOrgAfter(units, from, true);
    const people = org < 0 ? [] : cofoundersAfter(units, org);
    if (people.length > 0) out.push(captures(people, org + 1, idsAt(units, org), org, t));
  });
  return out;
}

/**
 * "since he set it up with his sister P", "il l'a créée avec P": the company is a pronoun, so it is the
 * article's, read only in a sentence that names no company.
 */
export function readTopicCofounder(units: Unit[], lang: Language): Captures[] {
  if (units.some((u) => u.kind === 'ent' && u.orgs && !u.anaphor)) return [];
  const out: Captures[] = [];
  units.forEach((_, t) => {
    const from = objectAfterPronounSubject(units, t, lang);
    if (from < 0) return;
    const clitic = wordAt(units, t - 1) === "l'" || wordAt(units, t - 2) === "l'";
    const it = OBJECT_PRONOUN.test(wordAt(units, from) ?? '') && lang === 'en';
    // "set it up": the pronoun stands between the verb and its particle
    const setItUp = lang === 'en' && wordAt(units, t) === 'set' && wordAt(units, t + 1) === 'it';
    if (!clitic && !it && !setItUp) return;
    const objectEnd = setItUp ? t + 2 : it ? from : t;
    const people = cofoundersAfter(units, objectEnd);
    if (people.length > 0) out.push({ p: people, '#p': [objectEnd + 1], [MATCH_START]: [t] });
  });
  return out;
}

/**
 * The person at `p` is apposed a title that ends on the company at `org` ("P, chief executive of X"): the
 * pronoun then points back at P, not at someone of an earlier sentence.
 */
function appositionReaches(units: Unit[], p: number, org: number): boolean {
  if (wordAt(units, p + 1) !== ',') return false;
  return units
    .slice(p + 2, org)
    .every((u) => u.kind === 'ent' || (u.token.text !== ',' && !GAP_STOPS.has(u.token.text)));
}

/**
 * The person at `p` runs the company at `org` as the subject of a verb of heading ("P dirige depuis 2023 la filiale
 * X, qu'elle a fondée", "P runs X, which she founded"): nothing but plain words between them. A head is the
 * founder the pronoun points at; with another verb ("Tom will join X, which she founded") it may be anyone's.
 */
function headingSubjectReaches(units: Unit[], p: number, org: number): boolean {
  if (isOblique(units, p)) return false;
  const between = units.slice(p + 1, org);
  const plain = between.every(
    (u) => u.kind === 'tok' && u.token.text !== ',' && !GAP_STOPS.has(u.token.text),
  );
  const heads = between.some(
    (u) =>
      u.kind === 'tok' &&
      (LEAD_FR.test(u.token.lower) || LEAD_EN.test(u.token.lower)) &&
      !NOT_LEAD_VERB.test(u.token.lower),
  );
  return plain && heads;
}

/** Relative pronouns of an object relative ("X, which she founded", "X, qu'elle a fondée"). */
const OBJECT_RELATIVE = /^(which|that|que|qu')$/;
/** Most words of a descriptor apposed to the company before its relative ("X, un spécialiste de la géothermie qu'il …"). */
const MAX_RELATIVE_DESCRIPTOR_WORDS = 8;
/** A plain lower-case word of such a descriptor. */
const DESCRIPTOR_WORD = /^[\p{Ll}'-]+$/u;

/**
 * The company an object relative pronoun at `rel` stands on: the name right before its comma ("X, qu'elle …"), or
 * the name a descriptor of plain words is apposed to ("X, un spécialiste de la géothermie qu'il …"); -1 when none.
 */
function relativeAntecedentAt(units: Unit[], rel: number): number {
  if (wordAt(units, rel - 1) === ',') return isOrgAt(units, rel - 2) ? rel - 2 : -1;
  let k = rel - 1;
  while (k >= 0 && rel - k <= MAX_RELATIVE_DESCRIPTOR_WORDS && DESCRIPTOR_WORD.test(wordAt(units, k) ?? ''))
    k--;
  return k < rel - 1 && wordAt(units, k) === ',' && isOrgAt(units, k - 1) ? k - 1 : -1;
}

/**
 * "said P, chief executive of X, which she founded in 2010": the company is the antecedent of an object relative
 * whose subject is a pronoun, the founder the one person the sentence names before it, apposed a title ending on
 * the company or subject of a verb of heading the company is the object of ("P dirige la filiale X, qu'elle a
 * fondée", "P runs Y, a drone maker that he co-founded").
 */
export function readFoundedInObjectRelative(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    if (objectAfterPronounSubject(units, t, lang) < 0 || wordAt(units, t) === 'set') return;
    let r = t - 1;
    while (r >= 0 && !SUBJECT_PRONOUN.test(wordAt(units, r) ?? '')) r--;
    if (!OBJECT_RELATIVE.test(wordAt(units, r - 1) ?? '')) return;
    const org = relativeAntecedentAt(units, r - 1);
    if (org < 0) return;
    const people = units.flatMap((_u, k) => (k < org && isPersonAt(units, k) ? [k] : []));
    if (people.length !== 1) return;
    if (!appositionReaches(units, people[0], org) && !headingSubjectReaches(units, people[0], org)) return;
    out.push(captures(idsAt(units, people[0]), people[0], idsAt(units, org), org, people[0]));
  });
  return out;
}
