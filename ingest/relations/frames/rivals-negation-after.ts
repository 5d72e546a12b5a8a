import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import { before } from './rivals-trigger-lookups';

/**
 * The second half of a negation, right after a rivalry verb ("ne concurrence pas B", "is not competing"). French
 * "plus" there is a negation only when "ne" / "n'" stands before the verb ("n'affronte plus B"); without it, it opens
 * a comparative ("affrontera plus directement B", "concurrence plus frontalement B"), which says the rivalry.
 */

/** Words after the verb that close a negation whatever stands before it. */
const NEGATION_AFTER = /^(pas|jamais|not)$/u;
/** The first half of a French negation. */
const NE = /^(ne|n')$/u;
/** Words looked back for "ne" before a "plus" ("ne les y affronte plus"). */
const NE_LOOKBACK_WORDS = 4;

/** The word after the verb at `i` closes a negation. */
export function negationAfter(units: Unit[], i: number): boolean {
  const next = wordAt(units, i + 1) ?? '';
  if (NEGATION_AFTER.test(next)) return true;
  if (next !== 'plus') return false;
  return before(units, i, NE_LOOKBACK_WORDS, NE);
}
