import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import { NOT_RIVALS } from './rivals-list';

/**
 * A kind of firm the rivals are before they are named: "ses principaux concurrents restent des indépendants comme A
 * et B", "its rivals are mostly startups such as A", "ses concurrents sont des acteurs régionaux tels que A". The
 * examples after the kind are the rivals; a kind of another role ("des clients comme A") names none.
 */

/** Words opening the kind phrase ("des", "mostly", "surtout des"). */
const KIND_OPENER =
  /^(des|de|d'|du|les|some|mostly|mainly|largely|chiefly|surtout|essentiellement|souvent|often)$/u;
/** Most plain words of the kind phrase itself ("acteurs régionaux très implantés"). */
const KIND_WORDS = 4;
/** Words that hand the kind over to its examples ("comme", "such as", "tels que"). */
const EXAMPLES = /^(comme|like|including|notamment|such|tels|telles)$/u;
/** Words after "such"/"tels" before the first example. */
const EXAMPLES_TAIL = /^(as|que|qu')$/u;

/** Index of the first example after a kind phrase opening at `from`, or `from` when no kind phrase stands there. */
export function pastKindExamples(units: Unit[], from: number): number {
  let k = from;
  while (k < from + 2 && KIND_OPENER.test(wordAt(units, k) ?? '')) k++;
  if (k === from) return from;
  for (let words = 0; words <= KIND_WORDS; words++, k++) {
    const u = units[k];
    if (u === undefined || u.kind !== 'tok' || u.token.kind !== 'word') return from;
    const w = u.token.lower;
    if (EXAMPLES.test(w)) {
      let next = k + 1;
      while (EXAMPLES_TAIL.test(wordAt(units, next) ?? '')) next++;
      return words > 0 ? next : from;
    }
    if (u.token.text !== w || NOT_RIVALS.test(w)) return from;
  }
  return from;
}
