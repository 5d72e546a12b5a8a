import { AUX_EN, rules } from '../rule';
import { EN_PRESS_DEAL_RULES } from '../frames/acquired-press';
import { EN_MERGER_RULES } from './mergers';
import { EN_WIRE_DEAL_RULES } from './wire-deals';
import { STAKE_PRICE_EN } from './stake-worth';
import { DEAL_COURT_BID_RULES } from '../deal-court-bids';
import { controlOrMinorityReadings } from '../stake-readings';

/** Buying verbs that are never nouns; "purchase(s)" is read only after a word that makes it a verb. */
const BUY_VERB =
  '(acquire|acquires|acquired|acquiring|reacquire|reacquires|reacquired|buy|buys|bought|buying|purchased|purchasing)';
const BUY =
  '(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)';

const SELL = '(sell|sells|sold|selling|divest|divests|divested|divesting)';

/**
 * A name right after a deal verb is that verb's object: "bought A in 2023 and took a stake in B" does not make A
 * the one taking the stake. Subject-first rules skip a match that starts there.
 */
export const AFTER_DEAL_VERB_EN =
  /^(acquired|acquires|acquire|bought|buys|buy|purchased|sold|sells|divested|took|takes|picked|snapped|scooped|swallowed|absorbed)$/;

/** Active, passive, nominal and sale-to phrasings read before the wire-copy ones. */
const EN_DEAL_RULES_FIRST = rules([
  {
    id: 'en.acquired.passive',
    type: 'ACQUIRED',
    pattern: `@tgt ~8 (${AUX_EN}|agreed|agrees|agree) ?agreed ?to ?be (acquired|bought|purchased|taken|snapped|scooped|picked) ?(over|up) ?(in|last|earlier) ?(\\d{4}|year|month) by ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.9,
  },
  {
    id: 'en.acquired.sold-to',
    // a seller's stake below half ("sell its 25.2 pct interest in Y to X") is an investment
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@seller ~10 ${SELL} ?its ?the ~8! @@tgt ~4! to ~3! @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.sold-unit-to',
    type: 'ACQUIRED',
    pattern: `@seller ~10 ${SELL} ~6! , @tgt ~3 , to ~3! @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.sold-y-to-x',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // the seller may be a pronoun the text leaves unresolved ("Last year it sold Y to X"): X still bought Y
    pattern: `${SELL} ?its ?the ~4! @tgt ~4! to ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.sale-of-to',
    type: 'ACQUIRED',
    pattern: `@seller ~8 (sale|divestiture) of ?its ?the ~5! @tgt ~4! to ~3! @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.sale-of-unit-to',
    type: 'ACQUIRED',
    pattern: `@seller ~8 (sale|divestiture|disposition) of ~5! , @tgt ~3 , to ~3! @src`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.sale-to',
    type: 'ACQUIRED',
    pattern: `(sale|divestiture|disposition) of ~3! @tgt ~4! to ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.sold-to-buyer',
    type: 'ACQUIRED',
    pattern: `@tgt ~8 ${AUX_EN} ?agreed ?to ?(be|being) sold to ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.nominal',
    type: 'ACQUIRED',
    pattern: `(acquisition|purchase|takeover|buyout) of ~3! @tgt ~6 by ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.possessive',
    type: 'ACQUIRED',
    pattern: `@src 's ~8! (acquisition|purchase|takeover|buyout) of ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.controlled-by',
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "Y, controlled since 2016 by private equity firms A and B": an owner in control took Y over
    pattern: `@tgt ?, ?(is|was|has|been|now) (controlled|owned|majority-owned) ~3! by ~3! @@src`,
    source: 'src',
    target: 'tgt',
    // an owner named in passing: below the deal the sentence is about when one is told
    confidence: 0.55,
  },
  {
    id: 'en.acquired.take-over',
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'ACQUIRED',
    pattern: `@src ~6 (take|takes|took|taking|taken) over ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.control',
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'ACQUIRED',
    pattern: `@src ~6 (take|takes|took|taking|acquire|acquires|acquired|gain|gains|gained|won) ~3! control of ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.hands-control',
    // a pointer for the company handed over is too often resolved to the article's own company
    namedTarget: true,
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'ACQUIRED',
    // control handed over told from the seller's side: "S handed control of Y to B in 2019", "ceded control of the
    // company to B"; B took Y over
    pattern: `(hand|hands|handed|handing|cede|cedes|ceded|ceding|sold|sells|transferred|transfers|gave|gives) ~2! (control|ownership) of ~3! @tgt ~4! to ~3! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.majority-stake',
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'ACQUIRED',
    // "signed an agreement under which it will raise its interest in Y to 70 pct": as far back as the buying verbs
    pattern: `@src ~10^(and|but|then) (take|takes|took|taken|taking|acquire|acquires|acquired|buy|buys|bought|holds|raised|raise|raises|raising|increase|increased|increases|increasing|paid|pays|boost|boosted|boosts|boosting|lift|lifts|lifted|lifting|up|ups|upped) ~6! (stake|interest|holding|position) ${STAKE_PRICE_EN} in ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    stake: 'majority',
  },
  {
    id: 'en.acquired.completes-acquisition',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~14 (acquisition|acquisitions|purchase|takeover|buyout) (of|for) ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.bid-for',
    type: 'ACQUIRED',
    pattern: `@src ~10 (bid|offer|proposal) (for|to) ?(acquire|buy|purchase) ~7! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'en.acquired.deal-for',
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'ACQUIRED',
    // "X struck a $120 million deal for Y": a deal "for Y to supply …" is a contract, not a purchase
    pattern: `@src ~6 (struck|strikes|strike|striking|clinched|clinches|clinch|sealed|seals|seal) (a|an|the|its) ~4! deal for ~2! @tgt !>to`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.acquired.bid-by',
    type: 'ACQUIRED',
    // "the takeover by X of its rival Y": what follows "of" is bought, not the name before the noun
    pattern: `@tgt ~16 (acquisition|takeover|buyout|merger) ?(bid|offer|proposal) (by|from) @src !>of`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
]);

/** Plain buying verbs, read after the wire-copy phrasings. */
const EN_DEAL_RULES_LAST = rules([
  {
    id: 'en.acquired.active-verb',
    notAfter: AFTER_DEAL_VERB_EN,
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "on a buying spree since X took control of it": "buying" qualifies a noun, X is no object of it
    pattern: `@src ~10 ${BUY_VERB} !>(spree|sprees|binge|binges|frenzy|power|decision|decisions|habits) ~6! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
  },
  {
    id: 'en.acquired.purchase-verb',
    notAfter: AFTER_DEAL_VERB_EN,
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "the 2023 purchase of Y" is a noun; "agreed to purchase Y", "X purchases Y" are verbs
    pattern: `@src ~10 (to|will|would|also|then|later|and|,) (purchase|purchases) ~6! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'en.acquired.second-object',
    notAfter: AFTER_DEAL_VERB_EN,
    mayBeMinority: true,
    type: 'ACQUIRED',
    // "X bought A in 2022 and Dutch card processor B in 2024": the second object has its own descriptor
    pattern: `@src ~10 ${BUY_VERB} ~6! @first ~4! and ~4! @tgt (in|for|last|earlier|this|,|\\.)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.acquired.second-verb-stake',
    type: 'ACQUIRED',
    // "It bought A for $310 million in 2025 and took a 55% stake in B in March": the stake verb shares the subject
    pattern: `@src ~10 (${BUY_VERB}|snapped|picked|took|absorbed|swallowed) ?up ?over ~8 @first ~8 and ?(then|later|also) ~3! (took|acquired|bought|purchased|picked|snapped) ?up (a|an) ~3! (stake|interest|holding) in ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    stake: 'majority',
  },
  // "It bought A in 2024 and then raised its stake in B to 80 percent": the figure the holding ends at says control
  // or a minority, as for fr.*.second-verb-raises-holding
  ...controlOrMinorityReadings(
    'en',
    'second-verb-raises-holding',
    `@src ~10 ${BUY_VERB} ~8 @first ~8 and ?(then|later|also) ~3! (raised|increased|lifted|boosted|upped) (its|their) (stake|holding|interest|shareholding) in ~3! @tgt`,
    0.75,
  ),
  {
    id: 'en.acquired.majority-stake-of-topic',
    // only the sentence's own subject: "Y is backed by X, which acquired a majority stake" is about Y, not the topic
    firstParty: true,
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'ACQUIRED',
    // "Verona bought a controlling stake from the founders in 2018": the company is the one the article is about
    pattern: `@src ~6 (bought|took|acquired|buys|takes|acquires) (a|its) (controlling|majority) (stake|interest|holding) ?(from|for|in) (the|its|\\d{4}|\\$|about|an|a|,|\\.)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
    stake: 'majority',
  },
  {
    id: 'en.acquired.shares-of',
    mayBeMinority: true,
    type: 'ACQUIRED',
    pattern: `@src ~10 ${BUY} ~6 (shares|pct|stake|interest|assets|units) ~4 (of|in) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'en.acquired.snap-up',
    type: 'ACQUIRED',
    pattern: `@src ~6 (snap|snaps|snapped|pick|picks|picked) up ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
]);

/** English acquisition and merger rules, in priority order (see all-rules.ts). */
export const EN_DEAL_RULES = [
  ...EN_DEAL_RULES_FIRST,
  ...EN_WIRE_DEAL_RULES,
  ...EN_DEAL_RULES_LAST,
  ...EN_MERGER_RULES,
  ...EN_PRESS_DEAL_RULES,
  ...DEAL_COURT_BID_RULES,
];
