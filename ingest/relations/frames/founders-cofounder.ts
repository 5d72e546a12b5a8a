import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { GAP_STOPS } from '../syntax';
import { idsAt, isOrgAt, isPersonAt, objectOrgAfter, wordAt } from './founders-clause';
import { captures, cofoundersAfter, foundVerb } from './founders-founded';
import { ADVERB, AUXILIARY, OBJECT_PRONOUN, SUBJECT_PRONOUN } from './founders-words';

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

/** Relative pronouns of an object relative ("X, which she founded", "X, qu'elle a fondée"). */
const OBJECT_RELATIVE = /^(which|that|que|qu')$/;

/**
 * "said P, chief executive of X, which she founded in 2010": the company is the antecedent of an object relative
 * whose subject is a pronoun, the founder the one person the sentence names before it.
 */
export function readFoundedInObjectRelative(units: Unit[], lang: Language): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, t) => {
    if (objectAfterPronounSubject(units, t, lang) < 0 || wordAt(units, t) === 'set') return;
    let r = t - 1;
    while (r >= 0 && !SUBJECT_PRONOUN.test(wordAt(units, r) ?? '')) r--;
    if (!OBJECT_RELATIVE.test(wordAt(units, r - 1) ?? '') || wordAt(units, r - 2) !== ',') return;
    const org = r - 3;
    if (!isOrgAt(units, org)) return;
    const people = units.flatMap((_u, k) => (k < org && isPersonAt(units, k) ? [k] : []));
    if (people.length !== 1 || !appositionReaches(units, people[0], org)) return;
    out.push(captures(idsAt(units, people[0]), people[0], idsAt(units, org), org, people[0]));
  });
  return out;
}
