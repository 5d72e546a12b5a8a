import type { DiscourseState } from './discourse-state';

/**
 * "Halcyon agreed to buy Brindle & Oak from private equity firm Granite Peak. Granite Peak bought a majority stake in
 * the company in 2019", "X rachète Y au fonds Z, qui avait repris l'entreprise en 2018": the seller of the deal the
 * article told once bought what it now sells, so a company pointer it buys or takes a stake in is that deal's
 * target — not the article's buyer, salient since the headline. Read by the readers of a pointer object of a deal
 * (anaphora-oblique-object.ts, deal-object-pointer.ts).
 */

/**
 * The target of the last acquisition told with its seller, when `subject` (the buying clause's subject) is that
 * seller; else null.
 */
export function sellerBoughtTarget(state: DiscourseState, subject: readonly number[]): number | null {
  const deal = state.lastAcquisition;
  const seller = deal?.seller ?? null;
  if (deal === null || seller === null || deal.target === seller || !subject.includes(seller)) return null;
  return deal.target;
}
