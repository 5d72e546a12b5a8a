import type { Unit } from '../pattern';
import { isOrgAt as isOrg, wordOrNullAt as wordAt } from './clause';

/**
 * The one who contests after a verb of placing: "The Helder deal puts Corvane in closer competition with A", "Le
 * rachat met X en concurrence directe avec A", "places Y in competition with A". The placed company — the object of
 * "put" / "mettre" — is the rivalry's subject, not the deal told before it, which may hold a name of its own ("the
 * Helder deal", "the Sunvale purchase") that would otherwise be read as a second subject and refuse the reading.
 */

const PLACING_VERB =
  /^(puts|put|putting|places|placed|placing|sets|setting|brings|brought|bringing|met|mettent|mettra|mettront|mettrait|mettre|mis|place|placent|placera|placeront|placerait|placer|placé)$/u;
/** Lower-case words allowed between the placed company and the trigger ("in closer", "en", "into direct"). */
const BRIDGE_WORD = /^\p{Ll}+$/u;
/** Most words between the placed company and the trigger ("in more direct competition": 3). */
const BRIDGE_WORDS = 4;
/** The preposition opening the placing ("in competition", "en concurrence", "into competition"). */
const PLACE_PREPOSITION = /^(in|into|en)$/u;

/** The unit of the company a verb of placing puts before the trigger, as a one-unit list, or null when none. */
export function placedSubject(units: Unit[], trigger: number): number[] | null {
  for (let j = trigger - 1; j >= 0 && j >= trigger - 1 - BRIDGE_WORDS; j--) {
    if (units[j]?.kind === 'ent') {
      if (!isOrg(units, j) || !PLACING_VERB.test(wordAt(units, j - 1) ?? '')) return null;
      return PLACE_PREPOSITION.test(wordAt(units, j + 1) ?? '') ? [j] : null;
    }
    const w = wordAt(units, j);
    if (w === null || !BRIDGE_WORD.test(w)) return null;
  }
  return null;
}
