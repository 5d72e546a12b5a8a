import { rules } from './rule';

const BUY =
  '(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)';
/** Buying words before the holdings bought; "purchase of the operations of Y" is left to frames/acquired-assets.ts. */
const HOLDINGS_BUY =
  '(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchased|purchasing|acquisition)';

/**
 * Wire-copy deals whose parties stand where the plain rules do not look: a person or a group's leader bidding, a
 * unit sold to a person, a buyer after a relative clause or named as a unit's owner, a company selling control of
 * itself, the bidder of a "takeover battle", the seller told before the thing bought, holdings bought "of" their
 * owner. Read before en/wire-deals.ts's phrasings; listed in README.md.
 */
export const EN_WIRE_PARTY_RULES = rules([
  {
    // "Y said its directors reviewed a X merger proposal": with "a", only Y's own board answering makes it the bid
    // for Y ("analysts reviewed a X proposal" may be any proposal of that kind). "@!": the name after "a" reads as a
    // modifier of the noun, and here that modifier is the very bidder.
    id: 'en.acquired.board-reviewed-a-proposal',
    type: 'ACQUIRED',
    pattern: `@tgt (said|says) ?that its (board|directors) ~3 (received|rejected|accepted|reviewed|studied|considered|studying|considering|reviewing) (a|an) @!src (merger|takeover|buyout|acquisition|tender) ?offer (proposal|offer|bid)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    // "Y, YY, said its board … the partial tender offer … announced by X": the target's short name in apposition
    id: 'en.acquired.offer-announced-by-apposed',
    type: 'ACQUIRED',
    pattern: `@tgt , @alias , (said|says) ~20 (offer|bid) ~8 (launched|announced|made|commenced) ~3! by ~3! *src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    // "chairman P has withdrawn his proposal to acquire the Y shares he does not own": a bidder may be a person
    // (only "his/her": "analyst P said its plan to buy Y" is the company's plan)
    id: 'en.acquired.own-proposal-to-buy',
    type: 'ACQUIRED',
    pattern: `%src ~6 (his|her) ~2! (proposal|offer|bid|plan) to ${BUY} ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    // "the management group led by chairman P intends to reconsider its proposal to acquire Y": the group's leader
    id: 'en.acquired.group-proposal-to-buy',
    type: 'ACQUIRED',
    pattern: `(led|headed|controlled) by ~2! %src ~6 (its|their) ~2! (proposal|offer|bid|plan) to ${BUY} ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    // "S said it agreed to sell its Y subsidiary to P, a Houston investor": a unit sold to a person
    id: 'en.acquired.unit-sold-to-person',
    type: 'ACQUIRED',
    pattern: `@seller ~10 (sell|sells|sold|selling) its ~3! @tgt (subsidiary|unit|division|business|operations) to %src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.8,
  },
  {
    // "S sold Y, which holds …, to an X unit for N dlrs": the buyer after a relative clause on the target ("@!": the
    // owner of the unit that buys is the buyer wire copy names)
    id: 'en.acquired.sold-past-relative',
    type: 'ACQUIRED',
    pattern: `@seller ~3 (sold|sells|sell|selling) ?its @tgt , (which|that|whose) ~20 , to ?(a|an|the) @!src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.8,
  },
  {
    // "a filing said X had assumed control of Y under a reorganization plan"
    id: 'en.acquired.assumed-control',
    type: 'ACQUIRED',
    pattern: `@src ~4 (assumed|assumes|assume|assuming) ~2! control of ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    // "X has acquired the capital stock and related real estate assets of Y", "its proposed acquisition of certain
    // assets and assumption of certain liabilities of Y": what is bought belongs to Y (GOLD-FORMAT: a business of it)
    id: 'en.acquired.holdings-of',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~10 ${HOLDINGS_BUY} ~10 (assets|stock|business|businesses|operations) ~6 of ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    // "A takeover battle began today for Y as X announced a 4.3 billion dlr offer": the contest is for the target
    id: 'en.acquired.battle-for-as-offer',
    type: 'ACQUIRED',
    pattern: `(battle|fight|contest|race|struggle) ~3 for ~3! @tgt (as|when|after) @src ~4 (announced|announces|made|makes|launched|launches|unveiled|unveils) ~6 (offer|bid)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    // "Y said it closed the sale of a controlling interest in its common stock to X": Y sells control of itself
    id: 'en.acquired.sold-control-of-itself',
    type: 'ACQUIRED',
    pattern: `@tgt (said|says) ?@self ~6 (sale|sell|sells|sold|selling) of ?a (controlling|majority) (interest|stake|holding) in its ~5 to ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    // "X agreed to buy from S the four Y stores": the seller told before the thing bought
    id: 'en.acquired.buy-from-seller-first',
    type: 'ACQUIRED',
    pattern: `@src ~10 ${BUY} from ~2! @seller (the|its|their|a|an|all) ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.75,
  },
  {
    // "Y said X, which already owns 50 pct of the trade house, would take over the remaining 50 pct": the speaker's
    // own rest is bought ("… of Z" after the share names another company, and is refused)
    id: 'en.acquired.remaining-of-speaker',
    type: 'ACQUIRED',
    pattern: `@tgt (said|says) @src ~14 (take|takes|buy|buys|acquire|acquires|purchase|purchases) ?over the (remaining|rest|outstanding) ~3 (pct|shares|stake|interest|holding) !>(of|in)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
]);
