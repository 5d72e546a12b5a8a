import { rules } from './rule';

/** Who may pick a bidder for a failed company: a court, a judge, an administrator. */
const COURT = '(court|judge|tribunal|administrator|administrators|receiver|liquidator)';
const PICKS =
  '(approved|approves|approve|accepted|accepts|picked|picks|chose|chooses|selected|selects|backed|retained)';

/**
 * A bid for a failed company picked by the court, told from the court's side (English twin of
 * `fr.acquired.court-picks-offer`): "the court approved the bid of X to take over Y", "administrators selected
 * the offer from X for Y". The pick makes the bidder the buyer; a court that rejects a bid picks nobody.
 */
export const DEAL_COURT_BID_RULES = rules([
  {
    id: 'en.acquired.court-picks-bid',
    type: 'ACQUIRED',
    pattern: `${COURT} ~4! ${PICKS} ~3! (bid|bids|offer|offers|proposal) (of|from|by) ~3! @src ~3! (to|for) ?(take|buy|acquire|purchase) ?(over) ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
]);
