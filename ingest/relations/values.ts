import type { Sentence } from '../sentences';
import type { DealStatus, Language } from '../types';
import { dealIntent } from '../deal-intent';
import { dealStatusInStory, STATUS_CONFIDENCE_FACTOR } from '../modality';
import { dealDate, toldAsEarlier } from '../values/deal-date';
import { newsDate } from '../values/news-date';
import { findMoney } from '../values/money';
import type { Money } from '../values/money';
import { isPriceLead } from '../values/price-lead';
import { roundMoney } from '../values/round-money';
import { findStake } from '../values/stakes';
import { memoByText } from '../values/text-memo';
import type { Rule } from './rule';
import { BACKGROUND_CONFIDENCE_FACTOR, isBackgroundDeal } from './wire-background';
import { withheldPriceBefore } from './wire-withheld-price';
import { coordinatedAfter, coordinationBetween, datedBeforePublication } from '../values/other-clause-prices';

export interface DealValues {
  status: DealStatus | null;
  date: string | null;
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  stake?: number | null;
  /** The share bought is the rest of the company ("the remaining 15 pct"): the buyer ends up owning it all. */
  completesOwnership?: boolean;
  factor: number;
}

const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);
/** Below this a number of money is a unit price, not a deal value (in the deal's currency units). */
const MIN_DEAL_AMOUNT = 1000;
/** Sentences after the deal's own searched for its price. */
const PRICE_LOOKAHEAD_SENTENCES = 2;
/** A following sentence lends its price to the deal only when it talks about the price. */
const PRICE_TALK =
  /(?<![\p{L}\p{N}])(terms|details|price|paid|pay|pays|paying|payable|valued|values|worth|cash|consideration|montant|prix|valoris\p{L}*|payé|transaction|opération|deal)(?![\p{L}\p{N}])/iu;

/** Characters before an amount searched for the figure it measures ("sales of about 69 mln dlrs"). */
const MEASURE_LOOKBACK_CHARS = 40;
/**
 * A company's size figures name what it earns or owns, not what it is sold for: "with sales of about N",
 * "which has assets of N", "revenues of N", "debt of N". Must sit right before the amount, bar a hedge word.
 */
const SIZE_FIGURE =
  /(?<![\p{L}\p{N}])(sales|revenues?|turnover|assets|earnings|profits?|income|losses|loss|debts?|liabilities|deposits|chiffre d['’]affaires|actifs?|dette)\s+(?:(?:of|totall?ing|de|atteint|atteignait|s['’]élève à|s['’]élevait à|reached|totalled|stood at)\s+)?(?:(?:about|around|approximately|nearly|almost|over|more than|some|roughly|environ|près de|plus de)\s+)?$/iu;

/**
 * "bought a stake in Y", "a pris une participation dans Y": a share of unstated size is a minority investment
 * (GOLD-FORMAT's FUNDED), so a buying verb that may be about a few shares is not read as a takeover.
 */
const UNSIZED_STAKE =
  /(?<![\p{L}\p{N}])(?:(?:a|an|small|minority|une|petite)\s+(?:[\p{L}-]+\s+){0,2}(?:stake|shareholding|holding|participation)\s+(?:in|dans|au capital)|entr\p{L}*\s+au\s+capital)(?![\p{L}\p{N}])/iu;

/** A percentage as wire copy and French press write it ("15 pct", "two pct", "45 %", "20 per cent"). */
const PERCENT = String.raw`(?:\d{1,3}(?:[.,]\d+)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[\p{L}]+)?)\s?(?:%|pct|per\s?cent|pour\s?cent)`;
/** One word qualifying a stake ("the 16 pct voting interest in Y that it does not already own"). */
const STAKE_QUALIFIER = String.raw`(?:voting|equity|common|minority|remaining|outstanding)\s+`;
/**
 * The share bought is what the buyer did not own yet: "the remaining 15 pct", "the outstanding 25 pct",
 * "the 45 pct of Y it does not already own", "les 40 % restants", "le solde du capital". A minority share that
 * completes ownership is a takeover, not an investment. ("15 pct of the outstanding stock" is no such phrase.)
 */
const COMPLETING_STAKE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:the|its|their)\s+(?:remaining|outstanding|other|last)\s+${PERCENT}`,
    String.raw`${PERCENT}(?:\s+(?:${STAKE_QUALIFIER})?(?:stake|interest|holding))?\s+(?:(?:of|in)\s+(?:[^\s;]+\s+){1,8})?(?:that\s+|which\s+)?(?:it|they|he|she|we|\p{Lu}[\p{L}.&'’-]*)\s+(?:does|do|did)\s*(?:not|n['’]t)\s+(?:already\s+)?own`,
    String.raw`${PERCENT}(?:\s+(?:${STAKE_QUALIFIER})?(?:stake|interest|holding))?\s+(?:(?:of|in)\s+(?:[^\s;]+\s+){1,8})?not\s+(?:already\s+)?(?:owned|held)`,
    String.raw`(?<![\p{L}\p{N}])(?:les|des)\s+${PERCENT}\s+restants?`,
    String.raw`(?<![\p{L}\p{N}])(?:le\s+solde|le\s+reste)\s+du\s+capital`,
    String.raw`${PERCENT}[^.;]{0,60}qu['’](?:il|elle|ils|elles)\s+ne\s+(?:détenai|possédai)\p{L}*\s+pas`,
  ].join('|'),
  'iu',
);
/** Any percentage; no 'g' flag, so exec keeps no state between calls. */
const FIRST_PERCENT = new RegExp(PERCENT, 'iu');
/**
 * The deal's own share (the clause's first percentage, the one findStake reads) completes ownership: "takes 20 pct,
 * with Z taking the remaining 80 pct" tells of Z's share, not of this buyer's.
 */
const completingStake = memoByText((text: string): boolean => {
  const completing = COMPLETING_STAKE.exec(text);
  if (!completing) return false;
  const first = FIRST_PERCENT.exec(text);
  const at = first?.index ?? completing.index;
  return at >= completing.index && at < completing.index + completing[0].length;
});

/** Every rule that matches a sentence reads the same stake, date and price talk of it: once per text. */
const stakeOf = memoByText(findStake);
/** Deals the sentence tells as past history (a former round, a held stake) are not dated by the publication. */
const earlierDeal = memoByText(toldAsEarlier);

const talksPrice = memoByText((text: string) => PRICE_TALK.test(text));

/** Below this share of a company a purchase is an investment (extract-relations re-types it as FUNDED). */
const HALF_PERCENT = 50;

/** Sentences after the deal's own read for the target's answer to an offer ("Y's board accepted the bid"). */
const LATER_VERDICT_SENTENCES = 2;

/**
 * Merger words that join no two parties: "merge X into Y" absorbs X (Y, when named, buys it: en.acquired.merge-into),
 * and "sell X as a merged company" tells a form, not a deal. Read after the first party of the match.
 */
const ABSORBED_INTO =
  /(?<![\p{L}])merg(?:e|es|ed|ing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,5}into(?![\p{L}])/u;
const AS_MERGED =
  /(?<![\p{L}])as\s+(?:a|an|one)\s+(?:\p{L}+\s+)?(?:merged|combined)\s+(?:company|concern|entity|group|firm|carrier|airline|bank)(?![\p{L}])/iu;

function notAMerger(sentence: Sentence, span: MatchSpan | undefined): boolean {
  const from = span ? Math.max(0, span.start - sentence.start) : 0;
  const text = sentence.text.slice(from).replace(/\s+/gu, ' ');
  return ABSORBED_INTO.test(text) || AS_MERGED.test(text);
}

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
/** Money a company raises to pay for the deal is no price: "would raise 5.1 mln stg through a placing". */
const FINANCING_BEFORE =
  /(?<![\p{L}\p{N}])(?:raise|raises|raised|raising|lever|lève|levé)\s+(?:(?:about|around|approximately|some|up to|environ)\s+)?$/iu;

/**
 * Small bare amounts are prices per share ("three dlrs"), not what the deal is worth. For a purchase
 * (`purchase`), money raised is how the buyer pays, not the price; for a funding it is the round itself.
 */
function dealMoney(sentence: Sentence, lang: Language, purchase: boolean): readonly Money[] {
  // every candidate fact of a story reads the same sentences again (statedPriceElsewhere, the next sentences)
  const key = `${lang}:${purchase}`;
  const cached = dealMoneyEntry(sentence);
  let money = cached.byKey.get(key);
  if (!money) {
    money = readDealMoney(sentence, lang, purchase);
    cached.byKey.set(key, money);
  }
  return money;
}

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
    if (purchase && FINANCING_BEFORE.test(before)) return false;
    if (ADJECTIVE_AMOUNT.test(m.text) && COMPANY_AFTER_ADJECTIVE.test(after)) return false;
    return !SIZE_FIGURE.test(before) && !SIZE_AFTER.test(after);
  });
}

/**
 * A price the story states in a sentence of its own ("The current offer price is about 782 mln dlrs"), read
 * when the deal's sentence and the next ones give none: later sentences first, then earlier ones, nearest first.
 */
function statedPriceElsewhere(sentences: Sentence[], s: number, lang: Language): readonly Money[] {
  for (let k = s + 1; k < sentences.length; k++) {
    const stated = statedPrice(sentences[k], lang);
    if (stated.length > 0) return stated;
  }
  for (let k = s - 1; k >= 0; k--) {
    const stated = statedPrice(sentences[k], lang);
    if (stated.length > 0) return stated;
  }
  return [];
}

/** The first amount `sentence` states as a deal's whole price, or none; kept with the sentence's money. */
function statedPrice(sentence: Sentence, lang: Language): readonly Money[] {
  const key = `${lang}:stated`;
  const cached = dealMoneyEntry(sentence);
  let stated = cached.byKey.get(key);
  if (!stated) {
    const first = dealMoney(sentence, lang, true).find(
      (m) => m.amount !== null && isPriceLead(sentence.text.slice(0, m.start - sentence.start)),
    );
    stated = first ? [first] : [];
    cached.byKey.set(key, stated);
  }
  return stated;
}

/** Where the rule matched: absolute offsets from the start of the first unit it took to the end of the last. */
export interface MatchSpan {
  start: number;
  end: number;
}

/** What closes the deal's clause after its last party: past it the sentence tells another deal or fact. */
const CLAUSE_END = /\s(?:and|et|while|tandis|whereas|but|mais|puis)\s|;|,\s(?:which|qui|dont)\s/iu;

/**
 * The part of the sentence that states this deal: from its first party to the end of its clause, so "bought A
 * in 2023 and took a 30 % stake in B" gives A no stake, and each deal keeps its own price. The whole sentence
 * when the match is not known.
 */
function dealClause(sentence: Sentence, span: MatchSpan | undefined): Sentence {
  if (!span) return sentence;
  const from = Math.min(Math.max(0, span.start - sentence.start), sentence.text.length);
  const to = Math.min(Math.max(from, span.end - sentence.start), sentence.text.length);
  const rest = sentence.text.slice(to);
  const stop = CLAUSE_END.exec(rest);
  const end = to + (stop ? stop.index : rest.length);
  return {
    ...sentence,
    text: sentence.text.slice(from, end),
    start: sentence.start + from,
    end: sentence.start + end,
  };
}

/**
 * Rules that take the sentence's subject as the buyer of a noun ("X completed the acquisition of Y"). When an
 * agent follows the target ("X said the acquisition of Y by Z"), Z is the buyer and X only reports it.
 */
const SUBJECT_OF_NOUN_RULES = new Set([
  'en.acquired.completes-acquisition',
  'en.acquired.acquisition-of-stake',
  'fr.acquired.finishes-buyout',
  'fr.acquired.makes-acquisition',
]);
const AGENT_AFTER_TARGET =
  /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{0,80},\s*)?(?:by|par)\s+(?:(?:the|le|la|les|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u;

function agentAfterTarget(rule: Rule, sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span || !SUBJECT_OF_NOUN_RULES.has(rule.id)) return false;
  return AGENT_AFTER_TARGET.test(sentence.text.slice(Math.max(0, span.end - sentence.start)));
}

/**
 * "Corvel Bank financed the acquisition of Y", "A advised on the purchase of Y": a subject that pays for, advises
 * on or rules on someone's purchase is not the buyer. Read before the deal noun inside the match.
 */
const HELPER_BEFORE_DEAL_NOUN =
  /(?<![\p{L}\p{N}])(?:financ\p{L}*|fund(?:s|ed|ing)?|advis\p{L}*|arrang\p{L}*|underwr\p{L}*|approv\p{L}*|clear(?:s|ed)?|block\p{L}*|oppos\p{L}*|challeng\p{L}*|investigat\p{L}*|review\p{L}*|conseill\p{L}*|accompagn\p{L}*|autoris\p{L}*|bloqu\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,5}(?:acquisitions?|purchase|takeover|buyout|rachat|reprise)(?![\p{L}\p{N}])/iu;

/**
 * "A said the court overturned its proposed acquisition of Y": in a reported clause, "its" before the deal noun
 * points back to the speaker, so the reported subject is no buyer (frames/acquired-speaker.ts reads A).
 */
const REPORTED_SUBJECT_BEFORE = /(?<![\p{L}])(?:said|says)\s+(?:that\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/u;
const SPEAKERS_DEAL_NOUN =
  /(?<![\p{L}])its\s+(?:[\p{Ll}-]+\s+){0,2}(?:acquisition|purchase|takeover|buyout)\s+of(?![\p{L}])/u;

/** Readers that, like SUBJECT_OF_NOUN_RULES, take a subject before "its … acquisition of Y" as the buyer. */
const NOUN_SUBJECT_READERS = new Set([...SUBJECT_OF_NOUN_RULES, 'any.acquired.frame-noun']);

function helperNotBuyer(rule: Rule, sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span || !NOUN_SUBJECT_READERS.has(rule.id)) return false;
  const from = Math.max(0, span.start - sentence.start);
  const matched = sentence.text.slice(from, span.end - sentence.start);
  if (SUBJECT_OF_NOUN_RULES.has(rule.id) && HELPER_BEFORE_DEAL_NOUN.test(matched)) return true;
  return SPEAKERS_DEAL_NOUN.test(matched) && REPORTED_SUBJECT_BEFORE.test(sentence.text.slice(0, from));
}

/**
 * Status, date, money and stake of the fact stated in sentence `s`; null when a stake condition of the rule
 * fails (a minority stake is not an acquisition, a majority one is not a funding). With the match's `span`,
 * stake and money are read in the deal's own clause.
 */
export function dealValues(
  rule: Rule,
  sentences: Sentence[],
  s: number,
  lang: Language,
  published: string | null,
  span?: MatchSpan,
  parties: readonly string[] = [],
): DealValues | null {
  const sentence = sentences[s];
  const clause = dealClause(sentence, span);
  const empty: DealValues = {
    status: null,
    date: null,
    amount: null,
    currency: null,
    amountText: null,
    factor: 1,
  };
  if (!DEAL_TYPES.has(rule.type)) return empty;
  if (agentAfterTarget(rule, sentence, span) || helperNotBuyer(rule, sentence, span)) return null;
  if (rule.type === 'MERGED_WITH' && notAMerger(sentence, span)) return null;
  const completesOwnership = completingStake(clause.text);
  const stake = stakeOf(clause.text);
  // control told anywhere in the sentence ("backed by X, which took a majority stake") is no mere funding
  const told = clause === sentence ? stake : stakeOf(sentence.text);
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
    span ? { start: span.start - sentence.start, end: span.end - sentence.start } : null,
    earlierDeal(sentence.text) || (rule.type === 'ACQUIRED' && isBackgroundDeal(sentences, s))
      ? null
      : newsDate(sentences, published),
  );
  // a purchase of an earlier year recalled in passing has no price told elsewhere: the story's figures are the news's
  const pastYears = rule.type === 'ACQUIRED' && datedBeforePublication(date, published);
  // a price outside the clause still counts ("the 265 mln dlr bid for Y by X"), but one inside it comes first
  let money = dealMoney(sentence, lang, rule.type === 'ACQUIRED');
  const own = money.filter((m) => m.start >= clause.start && m.end <= clause.end);
  if (own.length > 0) money = own;
  // past a coordinated clause another purchase is told ("A en 2021, puis B, repris pour 12 M€"): its price is its own
  else if (rule.type === 'ACQUIRED') {
    if (coordinatedAfter(sentence, clause)) money = money.filter((m) => m.start < clause.end);
    // "sold A to B for DKr410m, and it took a 20% stake in C": a price before ", and" is the earlier clause's
    money = money.filter((m) => !coordinationBetween(sentence, m.end, clause.start));
  }
  for (
    let k = 1;
    k <= PRICE_LOOKAHEAD_SENTENCES && money.length === 0 && rule.type !== 'MERGED_WITH' && !pastYears;
    k++
  ) {
    const next = sentences[s + k];
    if (next && talksPrice(next.text)) money = dealMoney(next, lang, rule.type === 'ACQUIRED');
  }
  // a rule that needs money in its own sentences is not made to fire by a price told elsewhere
  if (money.length === 0 && rule.type === 'ACQUIRED' && !rule.needsMoney && !pastYears)
    money = statedPriceElsewhere(sentences, s, lang);
  if (money.length === 0 && rule.type === 'ACQUIRED' && !rule.needsMoney && !pastYears)
    money = withheldPriceBefore(sentences, s, (n) => dealMoney(n, lang, true));
  if (rule.needsMoney && !money.some((m) => m.amount !== null)) return null;
  // the share extract-relations re-types as a funding: below half of the company, not its last part
  const minority =
    !completesOwnership &&
    (rule.stake === 'minority' ||
      (rule.mayBeMinority === true && typeof stake?.percent === 'number' && stake.percent < HALF_PERCENT));
  if (rule.type === 'FUNDED' || minority)
    money = roundMoney(money, sentences, s, (n) => dealMoney(n, lang, false), earlierDeal);
  const first = money.find((m) => m.amount !== null) ?? money[0];
  // cues after the deal's clause belong to another fact of the sentence
  const upToDeal = sentence.text.slice(
    0,
    (minority ? clause.end : (span?.end ?? clause.end)) - sentence.start,
  );
  const intent = dealIntent(upToDeal, minority);
  if (intent === 'ruled-out') return null;
  const following = sentences.slice(s + 1, s + 1 + LATER_VERDICT_SENTENCES).map((n) => n.text);
  const status = intent ?? dealStatusInStory(sentence.text, clause.text, following, parties);
  return {
    status,
    date,
    amount: rule.type === 'MERGED_WITH' ? null : (first?.amount ?? null),
    currency: rule.type === 'MERGED_WITH' ? null : (first?.currency ?? null),
    amountText: rule.type === 'MERGED_WITH' ? null : (first?.text ?? null),
    ...(stake && stake.percent !== null ? { stake: stake.percent } : {}),
    ...(completesOwnership ? { completesOwnership } : {}),
    factor:
      STATUS_CONFIDENCE_FACTOR[status] *
      (rule.type === 'ACQUIRED' && isBackgroundDeal(sentences, s) ? BACKGROUND_CONFIDENCE_FACTOR : 1),
  };
}
