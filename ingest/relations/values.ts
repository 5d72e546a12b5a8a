import type { Sentence } from '../sentences';
import type { DealStatus, Language } from '../types';
import { dealIntent } from '../deal-intent';
import { STATUS_CONFIDENCE_FACTOR } from '../modality';
import { dealDate, toldAsEarlier } from '../values/deal-date';
import { newsDate } from '../values/news-date';
import { yearPointedBack } from '../values/that-year';
import { ownClauseStatus } from '../values/own-clause-status';
import { withoutFailedAsides } from '../values/failed-aside';
import { financedOfferStatus } from '../values/financed-offer-status';
import type { ClauseParties } from '../values/own-clause-status';
import { restatesDealPrice } from '../values/restated-price';
import { roundMoney } from '../values/round-money';
import { findStake } from '../values/stakes';
import type { Stake } from '../values/stakes';
import { listedShare } from '../values/listed-share';
import { withoutOutsideHoldings } from '../values/held-stake';
import { mergerOfOwnUnits } from './deal-own-units-merger';
import { memoByText } from '../values/text-memo';
import { dealClause, ownDealSpan } from './deal-clause';
import { withoutOwnerPurchaseMoney } from '../values/owner-purchase-relative';
import type { MatchSpan } from './deal-clause';
import { dealMoney, statedPriceElsewhere } from './deal-money';
import { toldOfOtherDeal, withoutOtherDealsMoney } from './deal-money-other-target';
import { boughtAsGoods } from './deal-goods-guard';
import { onlyAnOption } from './deal-option-guard';
import { partyIsNextSpeaker } from './deal-speaker-guard';
import { onlyAnOpinion } from './deal-opinion-guard';
import { mergedIntoOther } from './deal-merge-into-guard';
import { notABid } from './deal-offer-kind-guard';
import { agentAfterTarget, helperNotBuyer, notAMerger } from './deal-reading-guards';
import { frontedHoldingStake } from './deal-fronted-holding-stake';
import { HOLDER_BUYS_REST_RULE_IDS, restAfterHolding } from './deal-holder-buys-rest';
import { raisedHoldingSpan, RAISED_RELATIVE_RULE_IDS } from './stake-raised-relative';
import { completingStake, ownershipResult, UNSIZED_STAKE } from './deal-stake-phrases';
import { stakeBeforeTarget } from './deal-stake-before-target';
import { negatedSaleBefore } from './deal-negated-sale';
import { securitiesPurchaseAt } from './deal-securities-purchase';
import type { Rule } from './rule';
import { BACKGROUND_CONFIDENCE_FACTOR, isBackgroundDeal } from './wire-background';
import { withheldPriceBefore } from './wire-withheld-price';
import {
  coordinatedAfter,
  coordinationBetween,
  datedBeforePublication,
  secondPurchaseBetween,
} from '../values/other-clause-prices';

// extract-relations and clause-guards import the match span from here
export type { MatchSpan } from './deal-clause';

export interface DealValues {
  status: DealStatus | null;
  date: string | null;
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  stake?: number | null;
  /** The share bought is the rest of the company ("the remaining 15 pct"): the buyer ends up owning it all. */
  completesOwnership?: boolean;
  /** Counted shares or a sum of securities bought, no control told ("bought 217,150 Y common shares"). */
  securitiesOnly?: boolean;
  factor: number;
}

const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);
/** Sentences after the deal's own searched for its price. */
const PRICE_LOOKAHEAD_SENTENCES = 2;
/** A following sentence lends its price to the deal only when it talks about the price. */
const PRICE_TALK =
  /(?<![\p{L}\p{N}])(terms|details|price|paid|pay|pays|paying|payable|valued|values|worth|cash|consideration|montant|prix|valoris\p{L}*|payé|transaction|opération|deal)(?![\p{L}\p{N}])/iu;

/** Every rule that matches a sentence reads the same stake, date and price talk of it: once per text. */
const stakeOf = memoByText(findStake);
/** Deals the sentence tells as past history (a former round, a held stake) are not dated by the publication. */
const earlierDeal = memoByText(toldAsEarlier);

/** The deal's sentence recalls history (a pluperfect, "après", a year before publication): not the news deal. */
function recalledDeal(text: string, published: string | null): boolean {
  if (earlierDeal(text)) return true;
  const pubYear = published ? Number(published.slice(0, 4)) : NaN;
  return [...text.matchAll(/(?<![\p{N}])((?:19|20)\d{2})(?![\p{N}])/gu)].some((m) => Number(m[1]) < pubYear);
}

const talksPrice = memoByText((text: string) => PRICE_TALK.test(text) || restatesDealPrice(text));

/** Below this share of a company a purchase is an investment (extract-relations re-types it as FUNDED). */
const HALF_PERCENT = 50;

/** Sentences after the deal's own read for the target's answer to an offer ("Y's board accepted the bid"). */
const LATER_VERDICT_SENTENCES = 2;

/**
 * Status, date, money and stake of the fact stated in sentence `s`; null when a stake condition of the rule
 * fails (a minority stake is not an acquisition, a majority one is not a funding). With the match's `span`,
 * stake and money are read in the deal's own clause; with the parties' places (`at`), so is the status.
 */
export function dealValues(
  rule: Rule,
  sentences: Sentence[],
  s: number,
  lang: Language,
  published: string | null,
  span?: MatchSpan,
  parties: readonly string[] = [],
  at?: ClauseParties,
): DealValues | null {
  const sentence = sentences[s];
  const empty: DealValues = {
    status: null,
    date: null,
    amount: null,
    currency: null,
    amountText: null,
    factor: 1,
  };
  if (!DEAL_TYPES.has(rule.type)) return empty;
  // the values of a deal told after a coordinated second deal verb are that verb's clause's, not the first one's
  // "une participation de 20 % dans Y, qu'il a portée à 65 %": the holding as raised (stake-raised-relative.ts)
  const ownSpan = RAISED_RELATIVE_RULE_IDS.has(rule.id)
    ? raisedHoldingSpan(sentence, span)
    : ownDealSpan(sentence, span);
  const clause = dealClause(sentence, ownSpan);
  if (agentAfterTarget(rule, sentence, span) || helperNotBuyer(rule, sentence, span)) return null;
  if (rule.type !== 'MERGED_WITH' && boughtAsGoods(sentence, span, parties)) return null;
  if (partyIsNextSpeaker(rule, sentence, span)) return null;
  if (rule.type === 'MERGED_WITH' && (notAMerger(sentence, span) || mergerOfOwnUnits(sentence, span)))
    return null;
  if (rule.type === 'MERGED_WITH' && mergedIntoOther(sentence, span)) return null;
  if (rule.type === 'ACQUIRED' && notABid(sentence, span)) return null;
  if (HOLDER_BUYS_REST_RULE_IDS.has(rule.id) && !restAfterHolding(sentence.text)) return null;
  // the share completes ownership, the sentence says the buyer now owns the whole company, or a holder buys the rest
  const completesOwnership =
    completingStake(clause.text) || ownershipResult(sentence.text) || restAfterHolding(sentence.text);
  // in a list of holders each with its share, a party's stake is the one beside it (values/listed-share.ts)
  const listed = listedShare(sentence.text, parties);
  const ownShare: Stake | null =
    listed === null ? null : { percent: listed, majority: listed > HALF_PERCENT };
  // a holding in a party told in an aside about it belongs to its holder, not to this deal; a fronted holding
  // participle ("Détenu à 40 % par X, Y …") tells the owner's share
  const stake =
    ownShare ??
    stakeOf(withoutOutsideHoldings(clause.text, parties)) ??
    stakeBeforeTarget(sentence, span) ??
    frontedHoldingStake(sentence, span);
  // control told anywhere in the sentence ("backed by X, which took a majority stake") is no mere funding
  const told =
    ownShare ?? (clause === sentence ? stake : stakeOf(withoutOutsideHoldings(sentence.text, parties)));
  const control = (stake !== null && stake.majority) || completesOwnership;
  if (rule.stake === 'majority' && !control) return null;
  if (rule.stake === 'minority' && (control || (told && told.majority))) return null;
  if (
    rule.mayBeMinority &&
    rule.type === 'ACQUIRED' &&
    (stake === null || (!stake.majority && stake.percent === null)) &&
    UNSIZED_STAKE.test(clause.text)
  )
    return null;
  const date = dealDate(
    sentence.text,
    published,
    ownSpan ? { start: ownSpan.start - sentence.start, end: ownSpan.end - sentence.start } : null,
    yearPointedBack(sentences, s, published) ??
      (earlierDeal(sentence.text) || (rule.type === 'ACQUIRED' && isBackgroundDeal(sentences, s))
        ? null
        : newsDate(sentences, published)),
    (at?.orgs ?? []).map((o) => ({
      start: o.start - sentence.start,
      end: o.end - sentence.start,
      party: o.party,
    })),
  );
  // a purchase of an earlier year recalled in passing has no price told elsewhere: the story's figures are the news's
  const pastYears = rule.type === 'ACQUIRED' && datedBeforePublication(date, published);
  // a price outside the clause still counts ("the 265 mln dlr bid for Y by X"), but one inside it comes first
  let money = dealMoney(sentence, lang, rule.type === 'ACQUIRED');
  if (rule.type === 'ACQUIRED') money = withoutOtherDealsMoney(sentence, money, parties);
  if (rule.type === 'ACQUIRED' && span) money = withoutOwnerPurchaseMoney(sentence, money, span);
  // "bought A in 2023 and then acquired B for $27 million": the price after the second verb is B's
  if (rule.type === 'ACQUIRED' && ownSpan)
    money = money.filter((m) => !secondPurchaseBetween(sentence, ownSpan.end, m.start));
  const own = money.filter((m) => m.start >= clause.start && m.end <= clause.end);
  if (own.length > 0) money = own;
  // past a coordinated clause another purchase is told ("A en 2021, puis B, repris pour 12 M€"): its price is its own
  else if (rule.type === 'ACQUIRED') {
    if (coordinatedAfter(sentence, clause)) money = money.filter((m) => m.start < clause.end);
    // "sold A to B for DKr410m, and it took a 20% stake in C": a price before ", and" is the earlier clause's
    money = money.filter((m) => !coordinationBetween(sentence, m.end, clause.start));
    if (ownSpan !== span) money = money.filter((m) => m.start >= clause.start);
  }
  for (
    let k = 1;
    k <= PRICE_LOOKAHEAD_SENTENCES && money.length === 0 && rule.type !== 'MERGED_WITH' && !pastYears;
    k++
  ) {
    const next = sentences[s + k];
    // a next sentence telling a purchase of other companies prices that one (deal-money-other-target.ts)
    if (next && talksPrice(next.text) && !toldOfOtherDeal(next.text, parties))
      money = dealMoney(next, lang, rule.type === 'ACQUIRED');
  }
  // a rule that needs money in its own sentences is not made to fire by a price told elsewhere
  if (money.length === 0 && rule.type === 'ACQUIRED' && !rule.needsMoney && !pastYears)
    money = statedPriceElsewhere(sentences, s, lang, !recalledDeal(sentence.text, published), (n) =>
      toldOfOtherDeal(n.text, parties),
    );
  if (money.length === 0 && rule.type === 'ACQUIRED' && !rule.needsMoney && !pastYears)
    money = withheldPriceBefore(sentences, s, (n) => dealMoney(n, lang, true));
  if (rule.needsMoney && !money.some((m) => m.amount !== null)) return null;
  // counted shares or a sum of preference stock with no control told are an investor's purchase
  const securitiesAt =
    rule.mayBeMinority === true && rule.type === 'ACQUIRED' && !control && !(told && told.majority)
      ? securitiesPurchaseAt(sentence, span, parties)
      : null;
  const securitiesOnly = securitiesAt !== null;
  // the share extract-relations re-types as a funding: below half of the company, not its last part
  const minority =
    !completesOwnership &&
    (rule.stake === 'minority' ||
      securitiesOnly ||
      (rule.mayBeMinority === true && typeof stake?.percent === 'number' && stake.percent < HALF_PERCENT));
  if (rule.type === 'FUNDED' || minority)
    money = roundMoney(money, sentences, s, (n) => dealMoney(n, lang, false), earlierDeal);
  // "will receive a dividend of 60 mln dlrs … and agreed to buy 35 mln dlrs of Y preference shares": the sum bought
  const spent = securitiesAt === null ? [] : money.filter((m) => m.start >= securitiesAt);
  if (spent.length > 0) money = spent;
  const first = money.find((m) => m.amount !== null) ?? money[0];
  // a party's unmade deal told in an aside on its name is not this deal's status (values/failed-aside.ts)
  const read = withoutFailedAsides(sentence, clause, at);
  // cues after the deal's clause belong to another fact of the sentence
  const upToDeal = read.sentence.text.slice(
    0,
    (minority ? clause.end : (span?.end ?? clause.end)) - sentence.start,
  );
  const intent =
    dealIntent(upToDeal, minority) ??
    (onlyAnOption(sentence, span) || onlyAnOpinion(sentence, span) ? 'rumoured' : null);
  if (intent === 'ruled-out') return null;
  const following = sentences.slice(s + 1, s + 1 + LATER_VERDICT_SENTENCES).map((n) => n.text);
  // "never sold Y to B": the denial stands before both parties
  const denied: DealStatus | null =
    rule.type === 'ACQUIRED' && negatedSaleBefore(sentence, span?.start) ? 'abandoned' : null;
  // a loan that pays for an offer is made even while the offer waits (values/financed-offer-status.ts)
  const status = financedOfferStatus(
    rule.type,
    ownClauseStatus(
      read.sentence,
      read.clause,
      span?.end ?? clause.end,
      following,
      parties,
      span?.start,
      denied ?? intent,
      at,
    ),
    sentence.text,
  );
  return {
    status,
    date,
    amount: rule.type === 'MERGED_WITH' ? null : (first?.amount ?? null),
    currency: rule.type === 'MERGED_WITH' ? null : (first?.currency ?? null),
    amountText: rule.type === 'MERGED_WITH' ? null : (first?.text ?? null),
    ...(stake && stake.percent !== null ? { stake: stake.percent } : {}),
    ...(completesOwnership ? { completesOwnership } : {}),
    ...(securitiesOnly ? { securitiesOnly } : {}),
    factor:
      STATUS_CONFIDENCE_FACTOR[status] *
      (rule.type === 'ACQUIRED' && isBackgroundDeal(sentences, s) ? BACKGROUND_CONFIDENCE_FACTOR : 1),
  };
}
