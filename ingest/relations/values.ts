import type { Sentence } from '../sentences';
import type { DealStatus, Language } from '../types';
import { dealStatus, STATUS_CONFIDENCE_FACTOR } from '../modality';
import { findDate } from '../values/dates';
import { findMoney } from '../values/money';
import { findStake } from '../values/stakes';
import type { Rule } from './rule';

export interface DealValues {
  status: DealStatus | null;
  date: string | null;
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  stake?: number | null;
  factor: number;
}

const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);
/** A following sentence lends its price to the deal only when it talks about the price. */
/** Below this a number of money is a unit price, not a deal value (in the deal's currency units). */
const MIN_DEAL_AMOUNT = 1000;
/** Sentences after the deal's own searched for its price. */
const PRICE_LOOKAHEAD_SENTENCES = 2;
const PRICE_TALK =
  /(?<![\p{L}\p{N}])(terms|details|price|paid|pay|pays|paying|valued|values|worth|cash|consideration|montant|prix|valoris\p{L}*|payé|transaction|opération|deal)(?![\p{L}\p{N}])/iu;

/** Characters before an amount searched for the figure it measures ("sales of about 69 mln dlrs"). */
const MEASURE_LOOKBACK_CHARS = 40;
/**
 * A company's size figures name what it earns or owns, not what it is sold for: "with sales of about N",
 * "which has assets of N", "revenues of N", "debt of N". Must sit right before the amount, bar a hedge word.
 */
const SIZE_FIGURE =
  /(?<![\p{L}\p{N}])(sales|revenues?|turnover|assets|earnings|profits?|income|losses|loss|debts?|liabilities|deposits|chiffre d['’]affaires|actifs?|dette)\s+(?:(?:of|totall?ing|de)\s+)?(?:(?:about|around|approximately|nearly|almost|over|more than|some|roughly|environ|près de|plus de)\s+)?$/iu;

/** Small bare amounts are prices per share ("three dlrs"), not what the deal is worth. */
function dealMoney(sentence: Sentence, lang: Language) {
  return findMoney(sentence.text, sentence.start, lang).filter((m) => {
    if (m.amount !== null && m.amount < MIN_DEAL_AMOUNT) return false;
    const at = m.start - sentence.start;
    return !SIZE_FIGURE.test(sentence.text.slice(Math.max(0, at - MEASURE_LOOKBACK_CHARS), at));
  });
}

/**
 * Status, date, money and stake of the fact stated in sentence `s`; null when a stake condition of the rule
 * fails (a minority stake is not an acquisition, a majority one is not a funding).
 */
export function dealValues(
  rule: Rule,
  sentences: Sentence[],
  s: number,
  lang: Language,
  published: string | null,
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
  const stake = findStake(sentence.text);
  if (rule.stake === 'majority' && !(stake && stake.majority)) return null;
  if (rule.stake === 'minority' && stake && stake.majority) return null;
  let money = dealMoney(sentence, lang);
  for (let k = 1; k <= PRICE_LOOKAHEAD_SENTENCES && money.length === 0 && rule.type !== 'MERGED_WITH'; k++) {
    const next = sentences[s + k];
    if (next && PRICE_TALK.test(next.text)) money = dealMoney(next, lang);
  }
  if (rule.needsMoney && !money.some((m) => m.amount !== null)) return null;
  const first = money.find((m) => m.amount !== null) ?? money[0];
  const status = dealStatus(sentence.text);
  return {
    status,
    date: findDate(sentence.text, published),
    amount: rule.type === 'MERGED_WITH' ? null : (first?.amount ?? null),
    currency: rule.type === 'MERGED_WITH' ? null : (first?.currency ?? null),
    amountText: rule.type === 'MERGED_WITH' ? null : (first?.text ?? null),
    ...(stake && stake.percent !== null ? { stake: stake.percent } : {}),
    factor: STATUS_CONFIDENCE_FACTOR[status],
  };
}
