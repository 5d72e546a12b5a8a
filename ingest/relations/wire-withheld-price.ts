import type { Sentence } from '../sentences';
import type { Money } from '../values/money';

/** Sentences before the deal's own searched for a withheld price. */
export const WITHHELD_LOOKBACK_SENTENCES = 2;

/**
 * "A said it bought two more newspapers for an undisclosed sum. A said in a statement X bought Y and Z …": the lead
 * withholds the price of the deal a later sentence names, so a withheld price just before lends itself. Only a
 * withheld one (no amount): an earlier figure may be anything (sales, a stake's value), while "undisclosed" only
 * ever hides a price. `moneyOf` reads a sentence's deal money (values.ts keeps one cached reading per sentence).
 */
export function withheldPriceBefore(
  sentences: readonly Sentence[],
  s: number,
  moneyOf: (sentence: Sentence) => readonly Money[],
): readonly Money[] {
  for (let k = s - 1; k >= Math.max(0, s - WITHHELD_LOOKBACK_SENTENCES); k--) {
    const withheld = moneyOf(sentences[k]).filter((m) => m.amount === null);
    if (withheld.length > 0) return withheld.slice(0, 1);
  }
  return [];
}
