/**
 * A relative on a company telling how its owner came to own it: "sell Kindred Paws, the pet-food maker it bought in
 * 2021, to Z", "sold Y, which it acquired from its founder in 2019, to Z", "son activité de paie, Y, qu'il avait
 * lui-même rachetée à S en 2016". The date in it is that earlier purchase's, never the sale's.
 */

import { findDateMentions } from './date-mentions';
import { findMoney } from './money';
import type { Money } from './money';

/** Characters before a date searched for the relative that holds it. */
const RELATIVE_LOOKBACK_CHARS = 160;
/** Most words of a descriptor between the comma and the pronoun ("the British maker of blood analysers"). */
const RELATIVE_EN =
  /,\s+(?:(?!said\s|says\s|told\s)[\p{L}\p{N}'’-]+\s+){0,10}?(?:(?:(?:which|that)\s+)?(?:it|they)|(?:which|that)\s+\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+(?:(?:had|has|have|itself|originally|first|only)\s+){0,2}(?:bought|acquired|purchased|took\s+over)(?![\p{L}])[^,;]*$/u;
const RELATIVE_FR =
  /,\s+(?:qu['’]|que\s+)(?:il|elle)\s+(?:avait|a|avaient|ont)\s+(?:(?:lui-même|elle-même|déjà|alors)\s+)?(?:rachet|acqui|repri)\p{L}*[^,;]*$/iu;

/** Where the buying relative holding the date at `dateStart` opens (its comma), or -1 when the date is in none. */
export function ownerPurchaseRelativeStart(sentence: string, dateStart: number): number {
  const from = Math.max(0, dateStart - RELATIVE_LOOKBACK_CHARS);
  const before = sentence.slice(from, dateStart);
  const m = RELATIVE_EN.exec(before) ?? RELATIVE_FR.exec(before);
  return m ? from + m.index : -1;
}

/** What a buying relative right after a company tells of that earlier purchase: its date and its price. */
export interface OwnerPurchase {
  date: string | null;
  money: Money | null;
}

/** Characters between the company's end and the comma opening its relative ("Y , which"). */
const RELATIVE_OPENING_SLACK_CHARS = 2;

/**
 * The comma phrase opening right after offset `from` (a name's end), from its comma to the next comma or semicolon
 * (or the sentence's end), or null when no comma follows the name at once.
 */
function commaPhraseAfter(sentence: string, from: number): string | null {
  const comma = sentence.indexOf(',', from);
  if (comma < 0 || comma > from + RELATIVE_OPENING_SLACK_CHARS) return null;
  const close = sentence.slice(comma + 1).search(/[,;]/);
  return sentence.slice(comma, close < 0 ? sentence.length : comma + 1 + close);
}

/**
 * The buying relative opening right after offset `from` (the company's end in the sentence), or null: its date
 * and its price, read within it alone ("which it bought for $50 million in 2019,"), never the sale's.
 */
export function ownerPurchaseRelative(
  sentence: string,
  published: string | null,
  lang: 'fr' | 'en',
  from: number,
): OwnerPurchase | null {
  const relative = commaPhraseAfter(sentence, from);
  if (relative === null || (!RELATIVE_EN.test(relative) && !RELATIVE_FR.test(relative))) return null;
  const date = findDateMentions(relative, published)[0]?.date ?? null;
  const money = findMoney(relative, 0, lang).find((m) => m.amount !== null) ?? null;
  return { date, money };
}

/**
 * The sale's own prices: a price inside a buying relative that the deal's words enclose (`span`, offsets in the
 * article like the money's) is the earlier purchase's ("sell Y, which it bought for $95 million, to Z for $210
 * million").
 */
export function withoutOwnerPurchaseMoney<M extends { start: number; end: number }>(
  sentence: { text: string; start: number },
  money: readonly M[],
  span: { start: number; end: number },
): readonly M[] {
  return money.filter((m) => {
    if (m.end > span.end) return true;
    const relative = ownerPurchaseRelativeStart(sentence.text, m.start - sentence.start);
    return relative < 0 || relative + sentence.start <= span.start;
  });
}

/** A subject relative on the owner ("H, which took a 55% stake in 2017", "H, qui en avait pris le contrôle en 2018"). */
const OWNER_RELATIVE = /^,\s+(?:which|who|qui)\s/u;

/** The date of a subject relative opening right after the owner's end `from` (a sentence offset), or null. */
export function ownerRelativeDate(sentence: string, published: string | null, from: number): string | null {
  const relative = commaPhraseAfter(sentence, from);
  if (relative === null || !OWNER_RELATIVE.test(relative)) return null;
  return findDateMentions(relative, published)[0]?.date ?? null;
}
