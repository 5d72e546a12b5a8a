import type { Token } from '../tokens';

/**
 * "It will now take on A and B", "it would also compete with X", "it will buy Y": after a modal "it" is mostly an
 * expletive ("it will be hard", "it would take years", "it will cost"), but before a verb of what a company does to
 * its market or its deals the pronoun is the company. Only such verbs are read; "take" needs its "on". A merger
 * ("it would combine with Y") is left out: the deal rules read it, and a merger of equals is no purchase.
 */

const MODALS = new Set(['will', 'would']);
/** Adverbs that may stand between the modal and its verb ("will now take on", "would also compete"). */
const ADVERBS = new Set(['now', 'also', 'then', 'soon', 'still', 'further', 'directly', 'increasingly']);
const MAX_ADVERBS = 2;
const COMPANY_ACTION =
  /^(compete|face|challenge|rival|buy|acquire|invest|launch|enter|hire|employ|target|fund|back)$/;

/** The modal at `m` opens a company's action ("will now take on", "would compete"). */
export function modalActionAt(tokens: Token[], m: number): boolean {
  if (!MODALS.has(tokens[m]?.lower ?? '')) return false;
  let k = m + 1;
  while (k - m - 1 < MAX_ADVERBS && ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k]?.lower ?? '';
  return COMPANY_ACTION.test(verb) || (verb === 'take' && tokens[k + 1]?.lower === 'on');
}
