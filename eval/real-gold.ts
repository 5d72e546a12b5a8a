import type { GoldArticle } from './gold';
import { loadHoldoutSet } from './holdout';

/**
 * The real-text gold: pointer files (GOLD-FORMAT plus `text_source` / `evidence_span`) whose texts are Reuters
 * stories and WikiNEuRal windows. They are open dev sets, scored apart from the gold rows so that the gold numbers
 * stay comparable with the baseline, and with their errors listed like the gold set's.
 */

/** Every *.json of each folder in name order, folders in the order given; a missing folder adds nothing. */
export function loadRealGoldSet(dirs: readonly string[]): GoldArticle[] {
  return dirs.flatMap((dir) => loadHoldoutSet(dir));
}
