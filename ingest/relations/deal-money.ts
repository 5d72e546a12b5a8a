import type { Sentence } from '../sentences';
import type { Language } from '../types';
import { findMoney } from '../values/money';
import type { Money } from '../values/money';
import { toldAsEarlier } from '../values/deal-date';
import { isPaymentLead, isPriceLead } from '../values/price-lead';
import { priceDifference } from './deal-price-difference';

/** The money a sentence gives as a deal's price: size figures, unit prices and financing left out; cached per sentence. */

/** Below this a number of money is a unit price, not a deal value (in the deal's currency units). */
const MIN_DEAL_AMOUNT = 1000;

/** Characters before an amount searched for the figure it measures ("sales of about 69 mln dlrs"). */
const MEASURE_LOOKBACK_CHARS = 40;
/**
 * A company's size figures name what it earns or owns, not what it is sold for: "with sales of about N",
 * "which has assets of N", "revenues of N", "debt of N". Must sit right before the amount, bar a hedge word.
 */
const SIZE_FIGURE =
  /(?<![\p{L}\p{N}])(sales|revenues?|turnover|assets|earnings|profits?|income|losses|loss|debts?|liabilities|deposits|chiffre d['’]affaires|actifs?|dette)\s+(?:(?:of|totall?ing|de|atteint|atteignait|s['’]élève à|s['’]élevait à|reached|totalled|stood at|(?:(?:rose|grew|climbed|jumped|increased|risen|grown|grimpé|progressé)\s+)?(?:to|à))\s+)?(?:(?:about|around|approximately|nearly|almost|over|more than|some|roughly|environ|près de|plus de)\s+)?$/iu;

/** Characters after an amount searched for what it measures ("… dlrs in assets", "a N dlr savings bank"). */
const MEASURE_LOOKAHEAD_CHARS = 50;
/**
 * Size told after the amount: "which has 312.8 mln dlrs in assets", "manages $18bn of assets", "réalise 52
 * millions d'euros de chiffre d'affaires".
 */
const SIZE_AFTER =
  /^\s*(?:(?:in|of)\s+(?:(?:annual|yearly|european|global|total|its)\s+)?(?:assets|sales|revenues?|deposits|turnover)|(?:de|d['’])\s*(?:chiffre\s+d['’]affaires|revenus|ventes|actifs|encours|ca)|under\s+management|sous\s+gestion)(?![\p{L}])/iu;
/**
 * The amount as an adjective of the company itself, in wire copy's singular "dlr": "a 62.5 mln dlr
 * state-chartered stock association" (a bid or deal noun there would make it the price instead).
 */
const ADJECTIVE_AMOUNT = /(?<![\p{L}])dlr$/iu;
const COMPANY_AFTER_ADJECTIVE =
  /^\s*(?:(?!(?:the|a|an|its|to|of|for|in)\s)[\p{Ll}-]+\s+){0,2}(?:company|firm|concern|association|bank|thrift|institution|chain|maker|producer|retailer|insurer|utility)\b/u;
/**
 * A loan or a facility is how a buyer pays, not what it pays ("financing the deal with a £40 million loan from
 * Lloyds", "un prêt de 20 millions d'euros"): no price of a purchase (for a funding the loan is the deal itself).
 */
const DEBT_AFTER =
  /^\s*(?:(?:term|bridge|bank|senior|syndicated)\s+)?(?:loans?|credit\s+(?:facility|line)|(?:debt\s+)?facility|bond\s+issue|de\s+(?:prêts?|crédits?|dette|financement\s+bancaire)|d['’](?:emprunts?|endettement))(?![\p{L}])/iu;
/** The same loan told before its amount: "un prêt de 40 M€", "an acquisition loan of 40 mln dlrs". */
const DEBT_BEFORE =
  /(?<![\p{L}])(?:loan|facility|prêt|emprunt|crédit|financement)\s+(?:(?:bancaire|relais|senior|syndiqué)\s+)?(?:of|de|d['’])\s*(?:(?:about|around|up to|environ|près de|jusqu['’]à)\s+)?$/iu;

/**
 * Money a company raises to pay for the deal is no price ("would raise 5.1 mln stg through a placing"), nor is
 * money an owner puts into the company ("by contributing at least 125 mln dlrs", "lui a injecté 100 M€").
 */
const FINANCING_BEFORE =
  /(?<![\p{L}\p{N}])(?:raise|raises|raised|raising|lever|lève|levé|contribut(?:e|es|ed|ing)|inject(?:s|ed|ing)?|injecté|injecte|injectera|apporté|apporte|apportera)\s+(?:(?:about|around|approximately|some|up to|at least|environ|depuis|encore|ensuite|also|further|another)\s+)?$/iu;

/**
 * A price told as a sum over several purchases ("for a combined 460 million euros", "pour un montant cumulé de
 * 85 M€") is no one deal's price: the gold format leaves each deal's amount unknown when the split is not given.
 */
const COMBINED_PRICE_BEFORE =
  /(?<![\p{L}])(?:combined|aggregate|cumulée?s?)\s+(?:(?:of|de|d['’])\s*)?(?:(?:about|around|some|nearly|environ|près de|plus de)\s+)?$/iu;

/**
 * A sum spent on many purchases is no one deal's price: "Harcourt, which bought A in 2019, has spent more than 1.5
 * billion pounds on acquisitions", "a consacré 300 millions d'euros aux acquisitions depuis dix ans". The plural
 * deal noun after the amount says so; a deal's own price names what it buys ("for Y", "pour racheter Y").
 */
const SPENT_ON_DEALS_AFTER =
  /^\s*(?:on|en|aux|à\s+des|dans\s+des)\s+(?:[\p{L}-]+\s+)?(?:acquisitions|deals|purchases|takeovers|buyouts|rachats|emplettes)(?![\p{L}])/iu;

/**
 * Small bare amounts are prices per share ("three dlrs"), not what the deal is worth. For a purchase
 * (`purchase`), money raised is how the buyer pays, not the price; for a funding it is the round itself.
 */
export function dealMoney(sentence: Sentence, lang: Language, purchase: boolean): readonly Money[] {
  // every candidate fact of a story reads the same sentences again (statedPriceElsewhere, the next sentences)
  const key = CACHE_KEYS[lang].money[purchase ? 1 : 0];
  const cached = dealMoneyEntry(sentence);
  let money = cached.byKey.get(key);
  if (!money) {
    money = readDealMoney(sentence, lang, purchase);
    cached.byKey.set(key, money);
  }
  return money;
}

/**
 * The cache keys of dealMoney and statedPrice per language and flag (false, true), spelled once: every fact of a
 * story asks every sentence of it again, and a key built afresh at each look-up is hashed afresh.
 */
const CACHE_KEYS: Readonly<Record<Language, { money: readonly string[]; stated: readonly string[] }>> = {
  en: { money: ['en:false', 'en:true'], stated: ['en:stated:false', 'en:stated:true'] },
  fr: { money: ['fr:false', 'fr:true'], stated: ['fr:stated:false', 'fr:stated:true'] },
};

/** dealMoney's answers per sentence object; checked against the text, so a reused object is read anew. */
const DEAL_MONEY_CACHE = new WeakMap<Sentence, DealMoneyEntry>();

interface DealMoneyEntry {
  text: string;
  start: number;
  byKey: Map<string, readonly Money[]>;
}

function dealMoneyEntry(sentence: Sentence): DealMoneyEntry {
  let cached = DEAL_MONEY_CACHE.get(sentence);
  if (!cached || cached.text !== sentence.text || cached.start !== sentence.start) {
    cached = { text: sentence.text, start: sentence.start, byKey: new Map() };
    DEAL_MONEY_CACHE.set(sentence, cached);
  }
  return cached;
}

function readDealMoney(sentence: Sentence, lang: Language, purchase: boolean): readonly Money[] {
  return findMoney(sentence.text, sentence.start, lang).filter((m) => {
    if (m.amount !== null && m.amount < MIN_DEAL_AMOUNT) return false;
    const at = m.start - sentence.start;
    const before = sentence.text.slice(Math.max(0, at - MEASURE_LOOKBACK_CHARS), at);
    const after = sentence.text.slice(
      m.end - sentence.start,
      m.end - sentence.start + MEASURE_LOOKAHEAD_CHARS,
    );
    if (purchase && (FINANCING_BEFORE.test(before) || COMBINED_PRICE_BEFORE.test(before))) return false;
    if (priceDifference(after) || SPENT_ON_DEALS_AFTER.test(after)) return false;
    if (purchase && (DEBT_AFTER.test(after) || DEBT_BEFORE.test(before))) return false;
    if (ADJECTIVE_AMOUNT.test(m.text) && COMPANY_AFTER_ADJECTIVE.test(after)) return false;
    return !SIZE_FIGURE.test(before) && !SIZE_AFTER.test(after);
  });
}

/**
 * A price the story states in a sentence of its own ("The current offer price is about 782 mln dlrs"), read
 * when the deal's sentence and the next ones give none: later sentences first, then earlier ones, nearest first.
 * Without `payments` only the surest price words count (for a deal told as history, which the story's payments
 * are unlikely to be about).
 */
export function statedPriceElsewhere(
  sentences: Sentence[],
  s: number,
  lang: Language,
  payments = true,
  /** Sentences whose price is another deal's (deal-money-other-target.ts `toldOfOtherDeal`). */
  otherDeal: (sentence: Sentence) => boolean = () => false,
): readonly Money[] {
  for (let k = s + 1; k < sentences.length; k++) {
    const stated = statedPrice(sentences[k], lang, payments);
    if (stated.length > 0 && !otherDeal(sentences[k])) return stated;
  }
  for (let k = s - 1; k >= 0; k--) {
    const stated = statedPrice(sentences[k], lang, payments);
    if (stated.length > 0 && otherDeal(sentences[k])) continue;
    if (stated.length > 0) return stated;
  }
  return [];
}

/** A year written out: a payment told with one is most likely an earlier deal's ("in 2024 it paid N for Z"). */
const YEAR = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u;

/** The first amount `sentence` states as a deal's whole price, or none; kept with the sentence's money. */
function statedPrice(sentence: Sentence, lang: Language, payments: boolean): readonly Money[] {
  const key = CACHE_KEYS[lang].stated[payments ? 1 : 0];
  const cached = dealMoneyEntry(sentence);
  let stated = cached.byKey.get(key);
  if (!stated) {
    const paymentOk = payments && !YEAR.test(sentence.text) && !toldAsEarlier(sentence.text);
    const first = dealMoney(sentence, lang, true).find((m) => {
      if (m.amount === null) return false;
      const before = sentence.text.slice(0, m.start - sentence.start);
      return isPriceLead(before) || (paymentOk && isPaymentLead(before));
    });
    stated = first ? [first] : [];
    cached.byKey.set(key, stated);
  }
  return stated;
}
