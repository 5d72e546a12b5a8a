import type { Mention } from '../resolve/mentions';
import type { Token } from '../tokens';
import type { DiscourseState } from './discourse-state';

/**
 * "Helvion rachète Genodiag. Son fondateur, P, cède l'ensemble de ses parts", "Its founder, P, is selling his
 * stake": after a takeover, the founder told to sell his own stake sells it in the company that changes hands —
 * the deal's target — not in the buyer the article is about (anaphora-kept-stake.ts reads the stake kept).
 */

/** Verbs of selling. */
const SELLS = /^(cède|cédera|cèdent|céderont|vend|vendra|vendent|vendront|sells|sell|selling|sold)$/;
/** The seller's own stake after the verb: a possessive, then the stake noun ("l'ensemble de ses parts", "his stake"). */
const OWN = /^(ses|sa|son|his|her|their|leurs|leur)$/;
const STAKE = /^(parts|participation|actions|titres|stake|shares|shareholding)$/;
/** Most tokens between the verb and the possessive ("l'ensemble de ses", "the rest of his", "all of her"). */
const MAX_OWN_DISTANCE_TOKENS = 5;
/** Most sentences between the deal (its headline or lead included) and the founder's sale. */
const MAX_SENTENCES_SINCE_DEAL = 2;

/** Whether the sentence sells the subject's own stake. */
function sellsOwnStake(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    if (!SELLS.test(t.lower)) return false;
    const own = tokens.slice(k + 1, k + 1 + MAX_OWN_DISTANCE_TOKENS).findIndex((x) => OWN.test(x.lower));
    return own >= 0 && STAKE.test(tokens[k + 2 + own]?.lower ?? '');
  });
}

/**
 * The target of the deal told in the last sentences, when this sentence sells its subject's own stake and names
 * neither that target nor its buyer; else null.
 */
export function soldStakeTarget(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  state: DiscourseState,
): number | null {
  const deal = state.lastAcquisition;
  if (deal === null || state.sentencesRead - deal.sentence > MAX_SENTENCES_SINCE_DEAL) return null;
  if (mentions.some((m) => m.entity === deal.target || m.entity === deal.buyer)) return null;
  return sellsOwnStake(tokens) ? deal.target : null;
}
