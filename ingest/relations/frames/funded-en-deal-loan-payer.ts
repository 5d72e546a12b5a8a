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
      PAYS_WITH_LOAN.test(r.evidence.sentence)
        ? firstBuyerOf(relations, r.target)
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
