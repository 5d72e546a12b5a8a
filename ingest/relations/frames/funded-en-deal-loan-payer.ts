import type { ExtractedRelation } from '../../types';
import { firstBuyerOf, madePurchaseBuyers, pairKey } from './funded-round-company';

/**
 * "He said the company would fund the purchase with cash on hand and a $250 million credit facility provided by A":
 * a loan that pays for a purchase funds the buyer (GOLD-FORMAT, loan convention), never the company bought, which a
 * pointer ("the company") may have been resolved to. A lender's FUNDED fact (the loan rules only: an earlier round of
 * the company bought stays its own) whose company is bought in the article, told in a sentence that pays for a deal
 * with a loan, goes to that company's first-told buyer.
 */

/** A deal paid for with borrowed money ("fund the purchase with … a loan", "financed the acquisition through a facility"). */
const PAYS_WITH_LOAN =
  /\b(?:fund|funds|funded|funding|finance|finances|financed|financing|pay for|pays for|paid for)\s+(?:the |its |this |that )?(?:\w+ )?(?:purchase|acquisition|takeover|buyout|deal|transaction)\b.*\b(?:loan|loans|debt|credit|facility|facilities|borrowing)\b/i;

/** The purchases told as the subject, then paid for: "Both acquisitions were funded with loans from A", "The deal
 * will be financed with a bridge loan from A". */
const DEAL_PAID_WITH_LOAN =
  /\b(?:purchases?|acquisitions?|takeovers?|buyouts?|deals?|transactions?)\s+(?:(?:was|were|is|are|will|would|be|been|has|have|had|being|partly|largely|mainly|fully|in|part)\s+){1,4}(?:funded|financed|paid for)\b.*\b(?:loan|loans|debt|credit|facility|facilities|borrowing)\b/i;

/**
 * The payer of a loan told for the article's purchases when the lender's company is not bought in it: "Aerovane
 * bought A in 2019 and B two years later. Both acquisitions were funded with loans from X": the purchases' subject
 * names no company, so the reading's company is a guess (often a rival named nearby); the one buyer of the
 * article pays, and with several buyers the payer stays unknown (null).
 */
function soleBuyer(buyers: ReadonlySet<string>): string | null {
  return buyers.size === 1 ? [...buyers][0] : null;
}

/** FUNDED facts of the given loan rules paying for a purchase, moved from the company bought to its buyer. */
export function withDealLoanPayer(
  relations: ExtractedRelation[],
  loanRules: ReadonlySet<string>,
): ExtractedRelation[] {
  const keys = new Set(relations.map(pairKey));
  // a buyer of the article pays for its own purchase, even when it was bought itself in the past
  const buyers = madePurchaseBuyers(relations);
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    const buyer =
      r.type === 'FUNDED' &&
      loanRules.has(r.rule) &&
      !buyers.has(r.target) &&
      (PAYS_WITH_LOAN.test(r.evidence.sentence) || DEAL_PAID_WITH_LOAN.test(r.evidence.sentence))
        ? (firstBuyerOf(relations, r.target) ??
          (DEAL_PAID_WITH_LOAN.test(r.evidence.sentence) ? soleBuyer(buyers) : null))
        : null;
    if (buyer === null || buyer === r.source) {
      out.push(r);
      continue;
    }
    const moved = { ...r, target: buyer };
    if (keys.has(pairKey(moved))) continue;
    keys.add(pairKey(moved));
    out.push(moved);
  }
  return out;
}
