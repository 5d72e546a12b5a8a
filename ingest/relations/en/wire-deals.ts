import { rules } from '../rule';
import { EN_WIRE_PARTY_RULES } from '../wire-party-rules';
import { EN_UNIT_OF_SELLER_RULES } from '../wire-unit-of-seller';

const BUY =
  '(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)';
const MERGE = '(merge|merges|merged|merging)';
/** Nouns of work or a right bought from a company, not the company: "paid $2 million for the services of Y". */
const PAID_FOR_WORK =
  'services|service|advice|work|help|assistance|support|expertise|counsel|consulting|rights|right|use|access|licence|license|products|supplies';

/**
 * Wire-copy deal phrasings (Reuters style): bids and tender offers told from the target's side, mergers into the
 * buyer, prices paid, agreements naming the seller. Listed in ../../README.md and ../README.md.
 */
const EN_WIRE_PHRASINGS = rules([
  {
    // "Y said its directors reviewed an X merger proposal": the bidder's name qualifies the proposal Y answers
    id: 'en.acquired.named-bidder-proposal',
    type: 'ACQUIRED',
    pattern: `@tgt ~12 (received|receives|rejected|rejects|reject|accepted|accepts|accept|reviewed|reviews|reviewing|studying|considering|consider) ?the @src (merger|takeover|buyout|acquisition|tender) ?offer (proposal|offer|bid)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    // "Y said … the tender offer at N p per share announced by X": the bid is told from the target's side
    id: 'en.acquired.offer-announced-by',
    type: 'ACQUIRED',
    pattern: `@tgt (said|says) ~20 (offer|bid) ~8 (launched|announced|made|commenced) ~3! by ~3! *src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    // "Y said X was taking it over": the pronoun is the company that speaks
    id: 'en.acquired.said-taking-it-over',
    type: 'ACQUIRED',
    pattern: `@tgt ?, (said|says) @src ~4! ?(was|is|will|would|had|has|have) ?(be|been) (taking|take|takes|took|taken|buying|buy|buys|bought|acquiring|acquire|acquires|acquired) it ?over`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    // "X offered 145 dlrs for each of Y's outstanding shares": a price per share for the whole company
    id: 'en.acquired.offer-for-each-share',
    type: 'ACQUIRED',
    pattern: `@src ~6 (offered|offers|offer|bid|bids) ~6 for each of @tgt ~5! (shares|share)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    // "the sale of the 51 pct of its Y subsidiary that it had retained to X": a relative clause before "to"
    // (its "it" may stand resolved as a party: "?*it" steps over it)
    id: 'en.acquired.sale-of-its-unit-to',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@seller ~8 (sale|divestiture|disposition) of ~5 its @tgt (subsidiary|unit|division|affiliate) (that|which) ?*it ~5 to ~3! @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.bid-for-by',
    type: 'ACQUIRED',
    pattern: `(bid|offer|proposal) for ~3! @tgt by ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    // "Shearson is dealer manager of the X offer for Y": the name qualifying the bid is the bidder
    id: 'en.acquired.named-offer-for',
    type: 'ACQUIRED',
    pattern: `(the|a|an|its|this|that) @src ?(cash|tender|takeover|buyout|merger|hostile|rival|revised) (offer|bid|proposal) for ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    // "X stepped in and offered $2 billion, which was accepted by Y": the target took the bid
    id: 'en.acquired.offer-accepted-by',
    type: 'ACQUIRED',
    pattern: `@src ~8 (offered|offers|bid|bids) ~8 (which|that) (was|were|is|has|had) ?(been|quickly|promptly) (accepted|approved|recommended) by ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.offer-from',
    type: 'ACQUIRED',
    // "decided not to accept the pending proposal of X": a board's answer names the bidder after "of" too
    pattern: `@tgt ~12 (received|receives|rejected|rejects|reject|accepted|accepts|accept|reviewed|reviewing|studying|considering|consider) ~6! (offer|bid|proposal) ~8 (from|by|of) ~3! *src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.acquired.offer-for-shares',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~10 (bid|offer|offers|bids) for ~8 (shares|stock|stake|interest) (in|of) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.acquired.shares-tendered',
    type: 'ACQUIRED',
    // the count of shares and its percentage ("2,088,461 … shares, about 87 pct of the 2.4 mln outstanding") sit between
    pattern: `@src (said|says) ~10! @tgt ~18 tendered`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  // the noun only: with the verb, "a unit of X will merge into Y" is X buying Y, the other way round
  {
    id: 'en.acquired.merger-into',
    type: 'ACQUIRED',
    pattern: `@tgt ~20 merger into ?the @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.acquired.become-subsidiary',
    type: 'ACQUIRED',
    pattern: `@tgt ~12 (become|becomes|became|becoming) ?a ~3! (subsidiary|unit|division) of ~2! @!src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.offer-for-its-shares-by',
    type: 'ACQUIRED',
    // a hyphenated price ("the 25-dlr-per-share tender offer") spans several tokens before the noun
    pattern: `@tgt ~20 (offer|bid|proposal) for ~2! its ~3! (shares|stock) ~5 by ~3! *src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.acquired.merger-of-into',
    type: 'ACQUIRED',
    pattern: `(merger|merging) of ~2! @tgt ~8 into ~2! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.merge-y-into-z',
    type: 'ACQUIRED',
    pattern: `${MERGE} ?its ~4! ?, @tgt ~3 into ~2! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.offer-price-for-shares',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~8 (offer|offers|offered|bid|bids) ~5 for ~3 (shares|stock|capital) ~6 (in|of) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.acquired.take-private',
    type: 'ACQUIRED',
    pattern: `@src ~3! ?to (take|takes|took|taking|taken) @tgt private`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.take-private-relative',
    type: 'ACQUIRED',
    // "Nordvest, which took Alpenhof private in 2021, …": the relative's antecedent takes it private
    pattern: `@src , (which|that|who) ?(had|has) ?(already|itself) (took|taken) @tgt private`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.taken-private-by',
    type: 'ACQUIRED',
    // "Y was taken private in 2019 by X", "Y, which was taken private last year by its founders and X"
    pattern: `@tgt ?, ?(which|that) ?(was|were|had) ?(been|itself) taken private ~4 by ~3 @@src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.acquisition-of-stake',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~14 (acquisition|purchase) of ~5! (interest|stake|holding) in @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.acquisition-of-named',
    type: 'ACQUIRED',
    pattern: `@src ~14 (acquisition|acquisitions|purchase) of ~5! (banks|companies|firms|concerns|units|subsidiaries) , @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.its-buyout-by',
    type: 'ACQUIRED',
    pattern: `@tgt (said|says) ~3! its ~4! (acquisition|takeover|buyout|purchase) by ~3! *src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.offer-accepted',
    type: 'ACQUIRED',
    pattern: `@src (said|says) @tgt ~4! (accepted|accepts|approved|approves) its ~4! (acquisition|takeover|buyout|merger|tender|offer|bid|proposal)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.pay-for',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "paid $2 million for the services / advice of Y" buys work from Y, not Y itself
    pattern: `@src ~4 (pay|pays|paid|paying) ~6 for ?the ~2!^(${PAID_FOR_WORK}) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    // "X will pay 630 mln dlrs for the European corn wet milling business of Y", "agreed to pay £45 million for the
    // imaging business of Y": the price names an unnamed part of Y, which counts as Y (GOLD-FORMAT), Y also selling
    // it (seller.ts businessOfTarget); "@!" takes the owner after "division of" as wire-unit-of-seller.ts does; a
    // stake or shares named before the noun are pay-for-stake's
    id: 'en.acquired.pay-for-business',
    type: 'ACQUIRED',
    pattern: `@src ~4 (pay|pays|paid|paying) ~6 for the ~5!^(stake|interest|holding|pct|percent|shares|stock) (business|businesses|division|divisions|unit|units|operations|arm|assets) of ~2! @!tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    // "X paid 58 mln dlrs for a 70 pct stake in Y", "will pay N for 1.2 mln shares of Y": the price names the share
    // bought first; below half it is an investment (mayBeMinority)
    id: 'en.acquired.pay-for-stake',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~4 (pay|pays|paid|paying) ~6 for ~4!^(on|about|over|into|under|against|during|after|before|including|advice|fees) (stake|interest|holding|pct|percent|cent|%|shares|stock) ~2! (of|in) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.acquired.agreement-with-seller',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "agreed in principle with French state-owned Renault to acquire American Motors"
    pattern: `@src ~10 (agreement|intent|deal|accord|agreed|arrangement) ?in ?principle with ~3! @seller to ${BUY} ~6! @tgt`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.85,
  },
]);

/** The party-placing rules (../wire-party-rules.ts) first, then the phrasings above. */
export const EN_WIRE_DEAL_RULES = [...EN_WIRE_PARTY_RULES, ...EN_WIRE_PHRASINGS, ...EN_UNIT_OF_SELLER_RULES];
