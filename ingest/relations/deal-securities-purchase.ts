import type { Sentence } from '../sentences';
import { nameAtStart } from '../name-slot';
import type { MatchSpan } from './deal-clause';
import { NUMBER, SCALE } from './deal-goods-guard';

/**
 * A purchase of an investor's securities of a company, with no share of the company told: a sum spent on its
 * stock ("agreed to buy 35 mln dlrs of Valor convertible preference shares", "a acquis 150 000 actions de
 * préférence de Y"), counted preference or convertible shares ("bought 400,000 Y convertible preferred shares"), a
 * money-sized equity interest ("has purchased a two mln dlr equity interest in Imatron"). Wire copy tells a
 * takeover by its percentage or its control ("a 60 pct interest", "all the outstanding shares"); these are an
 * investor's purchase, GOLD-FORMAT's FUNDED ("takes a minority stake in", "invests in").
 */

/** The buying verbs whose object may be counted shares (both languages). */
const BUY_VERB = String.raw`(?<![\p{L}])(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing|acquis|acquiert|acquérir|acheté|achète|acheter|racheté|rachète|racheter)`;
/** Currency words of wire copy and the French press ("dlrs", "dlr", "stg", "€"). */
const MONEY_UNIT = String.raw`(?:dlrs|dlr|dollars?|stg|pounds|marks|francs|yen|euros?|€|\$)`;
/** A sum of money as wire copy and the French press write it ("35 mln dlrs", "$2 million", "20 M€"). */
const MONEY = String.raw`(?:\$\s?${NUMBER}${SCALE}|${NUMBER}${SCALE}\s*${MONEY_UNIT})`;
/** A sum spent on securities before their name ("35 mln dlrs of", "pour 20 M€ d'"). */
const SUM_OF = String.raw`(?:pour\s+)?${MONEY}(?:\s+worth)?\s+(?:of|de|d['’])\s*`;
/** A count of securities ("440,000", "a total of 1.2 mln", "another 50,000"). */
const COUNT = String.raw`(?:(?:a\s+total\s+of|another|an\s+additional)\s+)?${NUMBER}${SCALE}\s+`;
/** What qualifies shares: class and kind ("common", "class B"). */
const SHARE_KIND = String.raw`(?:(?:common|ordinary|voting|class\s+[A-Z])\s+){0,2}`;
/**
 * Securities an investor buys, not a bidder: preference stock and convertibles ("convertible preference shares",
 * "cumulative preferred stock", "de préférence"). Counted common shares are left as they were: the Reuters
 * acquisition keys (eval --only acq) take a 13D filing's "bought 440,000 Y common shares" as the purchase of Y.
 */
const INVESTOR_KIND = String.raw`(?:(?:(?:convertible|redeemable|cumulative|exchangeable|participating)\s+){0,2}(?:preferred|preference)\s+|convertible\s+)`;
const SHARES = String.raw`(?:shares|stock|actions|titres)`;
const INVESTOR_KIND_AFTER = String.raw`\s+(?:de\s+préférence|préférentielles|convertibles)`;
/** An article and a company noun before the name ("of the company Y", "de la société Y"). */
const DETERMINED = String.raw`(?:(?:the|la|le|l['’])\s*)?(?:(?:company|firm|group|société|groupe)\s+)?`;
/** "an equity interest", sized by money: an investment, a takeover would give its share. */
const EQUITY_INTEREST = String.raw`(?:equity|minority)\s+(?:interest|stake|investment|holding)`;

/**
 * The patterns that make the name (`n`, its pattern source) the company whose securities are counted, anchored
 * (sticky) where the buying verb stands: an unanchored search would try every later offset of the sentence for a
 * match only offset 0 may give. One pattern serves every name (name-slot.ts): compiling one per party name was ~6 %
 * of the extraction of wire copy.
 */
function countedSecurities(n: string): string {
  return [
    // "buy 35 mln dlrs of Valor convertible preference shares", "bought $40 million of Y stock"
    String.raw`${BUY_VERB}\s+${SUM_OF}(?:the\s+)?${n}(?:['’]s)?\s+${SHARE_KIND}(?:${INVESTOR_KIND})?${SHARES}`,
    // "bought 400,000 Y convertible preferred shares"
    String.raw`${BUY_VERB}\s+${COUNT}(?:the\s+)?${n}(?:['’]s)?\s+(?:${INVESTOR_KIND})${SHARES}`,
    // "acquired 25 mln dlrs of preferred stock of Y", "a acquis 150 000 actions de préférence de Y"
    String.raw`${BUY_VERB}\s+(?:${SUM_OF}(?:${INVESTOR_KIND})?${SHARES}(?:${INVESTOR_KIND_AFTER})?|${COUNT}(?:${INVESTOR_KIND}${SHARES}|${SHARES}${INVESTOR_KIND_AFTER}))\s+(?:of|in|de|du|d['’])\s*${DETERMINED}${n}(?![\p{L}\p{N}])`,
    // "purchased a two mln dlr equity interest in Imatron"
    String.raw`${BUY_VERB}\s+(?:a|an)\s+${MONEY}\s+${EQUITY_INTEREST}\s+in\s+(?:the\s+)?${n}(?![\p{L}\p{N}])`,
  ].join('|');
}

/** Whether the securities of the name are counted from the start of the text (its buying verb). */
const countedSecuritiesOf = nameAtStart(countedSecurities, 'iu');

/**
 * What every pattern of `countedSecurities` needs whatever the name, tested first with patterns compiled once: a
 * figure, a sum or an article right after the buying verb, and a securities or interest word later. Most deal
 * matches ("acquired Y") fail here, before the long pattern is tried for each party.
 */
const SUM_OR_COUNT_AFTER_VERB = new RegExp(
  String.raw`^${BUY_VERB}\s+(?:pour\s|\$|\d|one|two|three|four|five|six|seven|eight|nine|ten|un|deux|trois|dix|a\s|an\s|another)`,
  'iu',
);
const SECURITIES_WORD = /shares|stock|actions|titres|interest|stake|investment|holding/iu;

/** The securities of `name` are bought right at the start of `rest` (its buying verb). */
function buysSecuritiesOf(name: string, rest: string): boolean {
  // the name's patterns need its first word in the rest: a party named only before the verb costs no matching
  const first = name.split(/\s+/u)[0] ?? name;
  if (!rest.toLowerCase().includes(first.toLowerCase())) return false;
  return countedSecuritiesOf(name, rest);
}

/** The shortest surface worth searching: one or two letters would match inside any word. */
const MIN_NAME_LENGTH = 2;

/** Every deal verb: the securities bought must be the match's first deal, not a price or a later clause. */
const DEAL_VERB = new RegExp(
  String.raw`${BUY_VERB}(?![\p{L}])|(?<![\p{L}])(?:sell|sells|sold|selling|merge|merges|merged|merging|vend\p{L}*|cède|cédé|céder)(?![\p{L}])`,
  'iu',
);
/** "warrants to purchase two mln X shares": an option's shares, left to the option guard (deal-option-guard.ts). */
const OPTION_BEFORE = /(?<![\p{L}])(?:warrants?|options?|rights?)\s+to\s+$/iu;

/**
 * Where the match (`span`) buys counted shares or a sum of securities of one of its `parties` (their surfaces): the
 * absolute offset of the buying verb, else null. The deal is then an investment unless a share of control is told
 * elsewhere, and its price is the one told from that verb on. The purchase must be the match's first deal verb:
 * "sold Y to X for 400 mln dlrs and warrants to purchase two mln X shares" counts X's shares after the sale the
 * match read.
 */
export function securitiesPurchaseAt(
  sentence: Sentence,
  span: MatchSpan | undefined,
  parties: readonly string[],
): number | null {
  if (!span) return null;
  const from = Math.max(0, span.start - sentence.start);
  const verb = DEAL_VERB.exec(sentence.text.slice(from, Math.max(from, span.end - sentence.start)));
  if (verb === null) return null;
  const at = from + verb.index;
  if (OPTION_BEFORE.test(sentence.text.slice(from, at))) return null;
  const rest = sentence.text.slice(at);
  if (!SUM_OR_COUNT_AFTER_VERB.test(rest) || !SECURITIES_WORD.test(rest)) return null;
  const bought = parties.some((name) => name.length >= MIN_NAME_LENGTH && buysSecuritiesOf(name, rest));
  return bought ? sentence.start + at : null;
}
