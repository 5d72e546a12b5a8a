import { NOT_MARKET_AHEAD, NOT_QUALIFYING, rules } from '../rule';
import { AFTER_DEAL_VERB_EN } from './deals';
import { STAKE_PRICE_EN } from './stake-worth';
import { BACKED_THINGS_EN } from '../backed-thing-nouns';
import { EN_FUNDED_HOLDER_RULES } from '../frames/funded-holder-rules';
import { EN_ROUND_PARTY_RULES } from '../frames/funded-round-parties';
import { EN_PORTFOLIO_RULES } from '../frames/funded-portfolio-joiners';
import { ANGEL_INVESTOR_RULES } from '../frames/funded-angel-investors';
import { EN_DEAL_LOAN_RULES, EN_PAYER_SUBJECT_RULES } from '../frames/funded-deal-loans';
import { ROUND_PART_LEAD_RULES } from '../frames/funded-round-part-lead';
import { SHARE_GIVER_RULES } from '../frames/funded-share-givers';
import { REST_PROVIDER_RULES } from '../frames/funded-rest-providers';
import { EN_PLACEMENT_LEAD_RULES } from '../frames/funded-placement-lead';
import { EN_CORNERSTONE_RULES } from '../frames/funded-cornerstones';
import { BOUGHT_ISSUE_RULES } from '../frames/funded-bought-issues';
import { SECOND_SOURCE_RULES } from '../frames/funded-second-source';
import { EN_PAST_BACKING_RULES, EN_PORTFOLIO_LIST_RULES } from '../frames/funded-past-backings';
import { EN_PORTFOLIO_COUNT_RULES, POINTED_PORTFOLIO_RULES } from '../frames/funded-portfolio-counts';
import { HOLDER_RECORD_RULES } from '../frames/funded-holder-records';
import { EN_CO_INVESTOR_RULES } from '../frames/funded-co-investors';
import { EN_COUNTED_INVESTOR_RULES } from '../frames/funded-counted-investors';
import { EN_EXITING_HOLDER_RULES } from '../frames/funded-exiting-holders';
import { EN_HOLDER_APPOSITION_RULES } from '../frames/funded-holder-appositions';
import { EN_HELD_STAKE_RULES } from '../frames/funded-held-stakes';
import { EN_HELD_BY_RULES } from '../frames/funded-held-by';
import { EN_POSSESSED_HOLDER_RULES } from '../frames/funded-possessed-holder';
import { EN_STAKE_NOUN_RULES } from '../frames/funded-stake-nouns';
import { EN_SUBSCRIBER_RULES } from '../frames/funded-subscribers';
import { EN_SECOND_OBJECT_RULES } from '../frames/funded-second-object';
import { VEHICLE_RULES } from '../frames/funded-vehicle';
import { EN_LED_ROUND_RULES } from '../frames/funded-en-led-rounds';
import { EN_ROUND_LENDER_RULES } from '../frames/funded-en-round-lenders';
import { EN_ROUND_JOINER_RULES } from '../frames/funded-en-round-joiners';
import { EN_LOAN_RELATIVE_RULES } from '../frames/funded-loan-relative';
import { EN_ROUND_INCLUDED_RULES } from '../frames/funded-en-round-included';
import { EN_ROUND_GATHERS_RULES } from '../frames/funded-round-gathers';
import { EN_FOLLOW_ON_RULES } from '../frames/funded-follow-ons';
import { EN_GAPPED_PASSIVE_RULES } from '../frames/funded-en-gapped-passive';
import { EN_AFTER_RAISING_RULES } from '../frames/funded-en-after-raising';
import { EN_RELATIVE_STAKE_RULES } from '../frames/funded-en-relative-stake';
import { BACKER_TAIL_EN, EN_HYPHEN_BACKER_RULES } from '../frames/funded-en-hyphen-backer';
import { EN_ROUND_MEMBER_RULES } from '../frames/funded-en-round-members';
import { EN_LOAN_LENDER_RULES } from '../frames/funded-en-loan-lenders';
import { BANK_POOL_RULES } from '../frames/funded-bank-pools';
import { BORROWER_VERB_RULES } from '../frames/funded-borrower-verbs';
import { OBTAINED_FROM_RULES } from '../frames/funded-obtained-from';
import { EN_SECONDARY_SALE_RULES } from '../frames/funded-en-secondary-sale';
import { EN_STAKE_BUYER_RULES } from '../frames/funded-stake-buyers';
import { EN_INCLUDE_AFTER_RELATIVE_RULES } from '../frames/funded-en-include-after-relative';
import { EN_COORDINATED_PASSIVE_RULES } from '../frames/funded-en-coordinated-passive';
import { ROUND_NOUN_EN, WEIGHED } from '../frames/funded-words';
import { PERSON_STAKE_RULES } from '../frames/funded-person-stake';
import { EN_BARE_STAKE_RULES } from '../frames/funded-bare-stake';
import { GIVEN_SUM_RULES } from '../frames/funded-given-sums';
import { POINTED_BET_RULES, SUM_BET_RULES } from '../frames/funded-sum-bets';
import { EN_PAPER_TAKER_RULES } from '../frames/funded-en-paper-takers';
import { EN_TOOK_PART_RULES } from './funded-took-part';

const RAISE =
  '(raise|raises|raised|raising|close|closes|closed|secure|secures|secured|land|lands|landed|get|gets|got|obtain|obtains|obtained|completes|completed)';

/** What is raised "from" someone must be money ("obtained approval from", "secured a tanker from" are not). */
const MONEY_RAISED =
  '(million|millions|mln|billion|billions|bn|m|dlrs|dlr|dollars|euros|stg|pounds|funds|funding|financing|round|capital|credit|loan|loans|facility|debt|investment|seed|money|cash|equity)';

/**
 * What a company "completed" or "closed" that is no raise, up to three words on ("completed the previously-announced
 * disposition of its division to an investment group led by A": a sale, not a round).
 */
const NOT_A_RAISE =
  '!>{3}(sale|sales|disposition|divestiture|acquisition|acquisitions|purchase|merger|takeover|transfer|spin-off|spinoff)';

/** English funding rules: rounds led by / from investors, "X invests in Y", "backed by", minority stakes. */
const EN_FUNDED_HEAD_RULES = rules([
  {
    id: 'en.funded.possessive-round-led-by',
    type: 'FUNDED',
    pattern: `@tgt 's ~4! (round|series|financing|funding|raise) ~3 ?(was|is|has|been|being) (led|co-led) by ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'en.funded.led-by',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ${NOT_A_RAISE} ~14 (led|co-led) by ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'en.funded.announced-round-led-by',
    type: 'FUNDED',
    // "Y today announced an $85 million Series C financing led by A" (press-release wording): a round noun is needed
    pattern: `@tgt ~16 (announced|announces|unveiled|unveils) ~7! ${ROUND_NOUN_EN} ~3! (led|co-led) by ~3 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    lead: true,
  },
  {
    id: 'en.funded.raise-from',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ?(more|less) ?than ~8! ${MONEY_RAISED} ~8! (from|including|with) ~3 **src !>${BACKER_TAIL_EN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    // "raised $12 million in a round led by A, with B and C": co-investors after the round's leader
    id: 'en.funded.raise-with',
    type: 'FUNDED',
    pattern: `@tgt ~16 ${RAISE} ~6 ${MONEY_RAISED} ~8 (led|co-led) by ~5 with ~2 **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.funded.leads-round',
    type: 'FUNDED',
    pattern: `@@src ~4 (led|leads|lead|leading|co-led|co-leads|headed) ~2! @tgt 's ~4! (round|series|financing|funding|raise)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.85,
    lead: true,
  },
  {
    id: 'en.funded.invests-in',
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'FUNDED',
    pattern: `**src ~8 (invest|invests|invested|investing|investment|injects|injected|injecting) ~6! (in|into) ?the ${NOT_MARKET_AHEAD} ~3! @@tgt ${NOT_QUALIFYING} !>(rival|rivals|competitor|competitors) ${WEIGHED}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    // "took a majority stake in Y and invested a further N in it": that is a takeover, told by the stake rules
    stake: 'minority',
  },
  {
    id: 'en.funded.backed-by',
    type: 'FUNDED',
    // "It was backed in 2023 by A, which is selling its stake": the year may come between the verb and "by"
    // ("supplies A and projects backed by B": B backs the projects, not A)
    pattern: `@tgt ~4^${BACKED_THINGS_EN} ?, ?(is|was|are|were|been|also) (backed|funded|financed) ?(in|since) ?(\\d{4}) by ~4! **src !>by`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
    stake: 'minority',
  },
  {
    id: 'en.funded.minority-stake',
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'FUNDED',
    // "including broker A, and took a stake in B": a verb after "and" has the clause's subject, not the last name
    pattern: `@src ~6^(and) (take|takes|took|taken|taking|acquire|acquires|acquired|buy|buys|bought|paid|pays|raised|raises|increased|increases|boosted|lifted) ~6! (stake|interest|holding|position) ${STAKE_PRICE_EN} in ~3! @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
  {
    id: 'en.funded.minority-stake-after-and',
    type: 'FUNDED',
    // "X bought A in 2023 and took a 30 percent stake in B": X is the subject of both verbs
    pattern: `@src ~6 (bought|acquired|purchased) ~6! @obj ~6! and (took|acquired|bought|purchased) ~6! (stake|interest|holding) in ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
  {
    id: 'en.funded.shareholder-in',
    type: 'FUNDED',
    // "X, a shareholder in Y since 2019": a (non-majority) shareholder named in apposition
    pattern: `**src , ?(a|an|the) ?(minority|longtime|long-time|existing|early) (shareholder|investor|backer) (in|of) @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
  {
    id: 'en.funded.hyphen-backed-after',
    type: 'FUNDED',
    // "Voltgrid, the Kessler AG-backed developer of …": the backer qualifies the noun that names Y
    pattern: `@tgt , ?(the|a|an) ~2! @!src (-backed|-funded|-financed)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    stake: 'minority',
  },
  {
    id: 'en.funded.hyphen-backed-before',
    type: 'FUNDED',
    // "the SoftBank-backed startup Voltgrid"
    pattern: `@!src (-backed|-funded|-financed) ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    stake: 'minority',
  },
  {
    id: 'en.funded.raise-event',
    type: 'FUNDED',
    pattern: `@tgt ~10 ${RAISE}`,
    target: 'tgt',
    confidence: 0.7,
    needsMoney: true,
  },
  {
    id: 'en.funded.round-led-by',
    type: 'FUNDED',
    // "The equity portion, $40 million, was led by A": a share of the round names its lead as well
    pattern: `(round|series|financing|funding|raise|portion|tranche) ~5 ?(was|is|has|been|being) (led|co-led) by ~3 **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.75,
    lead: true,
  },
  {
    id: 'en.funded.round-led-by-described',
    type: 'FUNDED',
    // "was led by Danish shipping family office A": a longer description of the lead, crossing no preposition
    pattern: `(round|series|financing|funding|raise|portion|tranche) ~5 ?(was|is|has|been|being) (led|co-led) by ~5! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.75,
    lead: true,
  },
]);

const EN_FUNDED_TAIL_RULES = rules([
  {
    id: 'en.funded.loan-from',
    type: 'FUNDED',
    // a lender finances the company too (GOLD-FORMAT): "new debt arranged by A and B", "a loan from A"
    // "fund the purchase with cash on hand and a fully committed $900 million term loan from A": up to 16 words
    pattern: `@tgt ~12! (fund|funds|finance|finances|financed|funded|financing) ~16 (debt|loan|loans|facility|facilities) ~3! (arranged|provided|underwritten|from|by) ?by ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'en.funded.contributed',
    type: 'FUNDED',
    // "Chemicals group A contributed €10 million, while the rest came from B": a share of the round just told
    pattern: `**src ?(also|has|had|have) (contributed|chipped|put|injected|invested) ?(in|up) ~3! (million|millions|mln|billion|bn|m) &&(round|rest|raise|financing|funding|investment|stake|capital|remainder)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.rest-came-from',
    type: 'FUNDED',
    // "A contributed €10 million, while the rest came from B and C": the other share of the same round
    pattern: `(contributed|invested|provided|put) ~6 (while|and|,) ?the (rest|remainder|balance) (came|comes|coming|was|is|will) ?(be) ?(come|provided) (from|by) ~3! **src &&(million|millions|mln|billion|bn|m)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.participation-from',
    type: 'FUNDED',
    pattern: `with ?the participation (from|of|by) ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
]);

/** English funding rules, with the holders and joiners of a round (`../frames/funded-holder-rules.ts`). */
export const EN_FUNDED_RULES = [
  ...EN_FUNDED_HEAD_RULES,
  ...EN_TOOK_PART_RULES,
  ...EN_FUNDED_TAIL_RULES,
  ...PERSON_STAKE_RULES.filter((r) => r.id.startsWith('en.')),
  ...EN_FUNDED_HOLDER_RULES,
  ...EN_PORTFOLIO_RULES,
  ...EN_ROUND_PARTY_RULES,
  ...ANGEL_INVESTOR_RULES,
  ...EN_DEAL_LOAN_RULES,
  ...EN_PAYER_SUBJECT_RULES,
  ...ROUND_PART_LEAD_RULES.filter((r) => r.id.startsWith('en.')),
  ...SHARE_GIVER_RULES.filter((r) => r.id.startsWith('en.')),
  ...REST_PROVIDER_RULES.filter((r) => r.id.startsWith('en.')),
  ...EN_PAST_BACKING_RULES,
  ...HOLDER_RECORD_RULES.filter((r) => r.id.startsWith('en.')),
  ...EN_PORTFOLIO_LIST_RULES,
  ...EN_PORTFOLIO_COUNT_RULES,
  ...POINTED_PORTFOLIO_RULES,
  ...EN_CO_INVESTOR_RULES,
  ...EN_COUNTED_INVESTOR_RULES,
  ...EN_EXITING_HOLDER_RULES,
  ...EN_HOLDER_APPOSITION_RULES,
  ...EN_HELD_STAKE_RULES,
  ...EN_HELD_BY_RULES,
  ...EN_POSSESSED_HOLDER_RULES,
  ...EN_STAKE_NOUN_RULES,
  ...EN_SUBSCRIBER_RULES,
  ...EN_BARE_STAKE_RULES,
  ...EN_SECOND_OBJECT_RULES,
  ...EN_PLACEMENT_LEAD_RULES,
  ...EN_CORNERSTONE_RULES,
  ...BOUGHT_ISSUE_RULES,
  ...SECOND_SOURCE_RULES,
  ...VEHICLE_RULES,
  ...EN_LED_ROUND_RULES,
  ...EN_ROUND_LENDER_RULES,
  ...EN_ROUND_JOINER_RULES,
  ...EN_ROUND_INCLUDED_RULES,
  ...EN_ROUND_GATHERS_RULES,
  ...EN_FOLLOW_ON_RULES,
  ...EN_HYPHEN_BACKER_RULES,
  ...EN_GAPPED_PASSIVE_RULES,
  ...EN_AFTER_RAISING_RULES,
  ...EN_RELATIVE_STAKE_RULES,
  ...EN_ROUND_MEMBER_RULES,
  ...EN_LOAN_LENDER_RULES,
  ...BANK_POOL_RULES.filter((r) => r.id.startsWith('en.')),
  ...BORROWER_VERB_RULES.filter((r) => r.id.startsWith('en.')),
  ...OBTAINED_FROM_RULES.filter((r) => r.id.startsWith('en.')),
  ...EN_LOAN_RELATIVE_RULES,
  ...EN_SECONDARY_SALE_RULES,
  ...EN_STAKE_BUYER_RULES,
  ...EN_INCLUDE_AFTER_RELATIVE_RULES,
  ...EN_COORDINATED_PASSIVE_RULES,
  ...GIVEN_SUM_RULES.filter((r) => r.id.startsWith('en.')),
  ...SUM_BET_RULES.filter((r) => r.id.startsWith('en.')),
  ...POINTED_BET_RULES.filter((r) => r.id.startsWith('en.')),
  ...EN_PAPER_TAKER_RULES,
];
