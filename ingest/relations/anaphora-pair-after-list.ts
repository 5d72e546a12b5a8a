import type { DiscourseState } from './discourse-state';

/**
 * "Both companies" / "Les deux sociétés" right after a sentence that named three companies or more ("…will face A, B
 * and C, the three incumbents. Both companies have lobbied …"): two of three cannot be told apart by "both", and a
 * pair named further back (an aside's backer and target) is not what the writer returns to. The phrase goes back to
 * the story's own pair: the merging pair, else the buyer and target of the article's first deal.
 */

/** Fewest companies in the previous sentence's list for "both" to skip it. */
const MIN_LIST_SKIPPED = 3;

/** The story's pair when the sentence before listed `MIN_LIST_SKIPPED` companies or more, else null. */
export function storyPairAfterList(state: DiscourseState): number[] | null {
  if ((state.lastOrgList?.length ?? 0) < MIN_LIST_SKIPPED) return null;
  if (state.mergingPair !== null) return state.mergingPair;
  const { buyer, target } = state.firstDeal;
  return buyer !== null && target !== null && buyer !== target ? [buyer, target] : null;
}
