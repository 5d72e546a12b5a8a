import type { Unit } from './pattern';
import { cueWord as word, everyCueHolds } from './rival-cues';

/**
 * Rival bidders are rivals for one deal, not for a market: "competing Dome bidder TransCanada", "a rival bid from
 * Y", "a competing offer", "rival suitors", "une offre concurrente", "un repreneur concurrent". When every word of
 * competition in the sentence qualifies a bid, a COMPETES_WITH reading is dropped; a market rivalry told beside
 * it ("its rival Y also made a competing bid") keeps its own cue and stays.
 */
const RIVALRY = /^(compet\p{L}*|rival\p{L}*|concurrent\p{L}*|concurrence|adversaires?)$/u;
/** Nouns of a bid or a bidder, English and French. */
const BID =
  /^(bids?|bidders?|bidding|offers?|counterbids?|counteroffers?|counter-offers?|suitors?|proposals?|tenders?|approach|offre|offres|contre-offres?|surenchères?|candidats?|candidatures?|repreneurs?|acquéreurs?|prétendants?|projets?)$/u;
/** Units after the cue within which its bid noun stands ("competing Dome bidder", "rival takeover bid"). */
const AFTER = 3;

/** Whether the competition word at `at` qualifies a bid noun next to it. */
function qualifiesBid(units: readonly Unit[], at: number): boolean {
  // French puts the adjective after the noun: "une offre concurrente"
  if (BID.test(word(units[at - 1]) ?? '')) return true;
  for (let k = at + 1; k < units.length && k - at <= AFTER; k++) {
    const w = word(units[k]);
    if (w !== null && BID.test(w)) return true;
    if (w !== null && !/^[\p{L}-]+$/u.test(w)) return false;
  }
  return false;
}

/** Whether a COMPETES_WITH reading rests only on words of rival bids. */
export function rivalBidsOnly(units: readonly Unit[]): boolean {
  return everyCueHolds(units, RIVALRY, qualifiesBid);
}
