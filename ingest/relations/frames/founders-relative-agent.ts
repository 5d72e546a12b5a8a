import type { Unit } from '../pattern';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
import type { SubjectReading } from './founders-clause';
import { ADVERB, AUXILIARY } from './founders-words';

/**
 * The subject of a founding verb in a relative clause opened right after a person who is the object of a
 * preposition: "assurée par P, qui a cofondé …", "backed by P, who co-founded …". subjectPeopleBefore refuses
 * such a person as an oblique name, but "qui"/"who" after the comma takes up the nearest name, whatever its role.
 */

/** Most auxiliaries and adverbs between the relative pronoun and the verb ("qui avait ensuite cofondé"). */
const MAX_VERB_GROUP_WORDS = 3;
/** Only persons may be taken up: "which"/"that" name things. */
const PERSON_RELATIVE = /^(qui|who)$/;

/** The person before ", qui"/", who" opening the clause of the verb at `t`, or null. */
export function relativeAgentSubject(units: Unit[], t: number): SubjectReading | null {
  let j = t - 1;
  while (j > t - 1 - MAX_VERB_GROUP_WORDS && j >= 0) {
    const w = wordAt(units, j) ?? '';
    if (!AUXILIARY.test(w) && !ADVERB.test(w)) break;
    j--;
  }
  if (!PERSON_RELATIVE.test(wordAt(units, j) ?? '') || wordAt(units, j - 1) !== ',') return null;
  const p = j - 2;
  if (!isPersonAt(units, p)) return null;
  return { ids: idsAt(units, p), at: p, negated: false };
}
