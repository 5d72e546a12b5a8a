import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * "X paid more for the assets than Y had offered", "Brightwell bid more than Ardent's offer", "X a payé plus cher
 * que ne l'avait proposé Y": two bidders for one asset compared by price. A losing bidder is no rival in a market
 * (a fund and a trade buyer bid against each other all the time), so such a comparison names no rivalry.
 */

/** Verbs of paying or bidding standing before the comparative ("paid more", "a payé plus cher"). */
const PAYING =
  /^(paid|pay|pays|paying|bid|bids|bidding|outbid|payé|payée|payer|paie|paient|payait|déboursé|débourser|débourse|surenchéri)$/u;
/** Words of an offer or a price standing after "than/que" ("than Y had offered", "que l'offre de Y"). */
const OFFERED =
  /^(offered|offer|offers|bid|bids|paid|proposed|tabled|payé|offert|offerte|proposé|proposée|proposait|offre|offres|proposition|déboursé)$/u;
/** Words looked back from the comparative for a verb of paying ("paid far more", "a payé nettement plus"). */
const PAYING_LOOKBACK_WORDS = 3;
/** Words looked on from "than/que" for the offer it is measured against ("than Y had offered"). */
const OFFERED_LOOKAHEAD_WORDS = 6;
const CLAUSE_END = /^[;:.,!?«»"“”()]$/u;

/** The comparison from the comparative at `comparative` to "than/que" at `than` weighs two bids. */
export function bidComparison(units: Unit[], comparative: number, than: number): boolean {
  for (let k = comparative - 1; k >= 0 && k >= comparative - PAYING_LOOKBACK_WORDS; k--) {
    const w = wordAt(units, k);
    if (w !== null && PAYING.test(w)) return true;
  }
  for (let k = than + 1; k < units.length && k <= than + OFFERED_LOOKAHEAD_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null) continue;
    if (CLAUSE_END.test(w)) return false;
    if (OFFERED.test(w)) return true;
  }
  return false;
}
