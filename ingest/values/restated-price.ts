import { toldAsEarlier } from './deal-date';

/**
 * A story often names the parties in one sentence and the price in a later one that tells the deal again or says
 * who pays what: "Hollis takes a 75% stake for about £30 million", "Voltacycle rachète 70 % du capital pour 22
 * millions d'euros", "le britannique débourse environ 210 millions d'euros", "Cadenza is paying £92 million". Such
 * a sentence talks about the deal's price as surely as one saying "terms" or "price"; a sentence recalling another,
 * earlier deal (a year, a pluperfect, "previously") does not lend its figure.
 */

/** Verbs of paying or cashing a price, in both languages: the money after them is what changes hands. */
const PAYING =
  /(?<![\p{L}])(?:paying|paid|pays|pay|spend|spends|spending|spent|débours\p{L}*|paie|paiera|paieront|payera|verse|versera|verseront|empoche\p{L}*|encaiss\p{L}*)(?![\p{L}])/iu;

/** Words that tell a purchase or a stake again ("rachète 70 % du capital", "takes a 75% stake", "le rachat de"). */
const DEAL_RETOLD =
  /(?<![\p{L}])(?:rach[eè]t\p{L}*|rachat|acqui\p{L}*|repren\p{L}*|reprend|repris\p{L}*|reprise|c[eèé]d\p{L}*|cession|buy|buys|buying|bought|purchas\p{L}*|acquir\p{L}*|sell|sells|selling|sold|sale|takes|took|stake|pct|percent|capital)(?![\p{L}])|%/iu;

/** "for/pour" and a hedge right before a figure or a currency sign: the price of what was just told. */
const FOR_AMOUNT =
  /(?<![\p{L}])(?:for|pour)\s+(?:(?:about|around|approximately|some|nearly|roughly|an\s+estimated|environ|près\s+de|quelque)\s+)?(?:[$€£]|\d)/iu;

/** A year written out: the sentence dates its own deal, most likely another one than the news. */
const YEAR = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u;

/** A share below half: the figure pays for a minority stake, another deal than a takeover told before. */
const MINORITY_SHARE = /(?<![\p{N}.,])([1-4]?\d(?:[.,]\d+)?)\s?(?:%|pct|per\s+cent|percent)/iu;

export function restatesDealPrice(text: string): boolean {
  if (YEAR.test(text) || toldAsEarlier(text) || MINORITY_SHARE.test(text)) return false;
  return PAYING.test(text) || (DEAL_RETOLD.test(text) && FOR_AMOUNT.test(text));
}
