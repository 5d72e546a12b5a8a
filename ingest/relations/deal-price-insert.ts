import type { Unit } from './pattern';
import { wordOrNullAt } from './frames/clause';

/**
 * French puts the price, like the date, between a deal verb and its object ("avait racheté pour 12 millions
 * d'euros le grossiste toulousain Y", "a repris pour 4,2 M€ la biscuiterie Y"), and a reflexive "s'offrir" takes
 * both inserts as "racheter" does ("s'est offert en mars le spécialiste nantais des pompes Y"). The price phrase is a
 * shape (pour + optional hedge + figure + scale + currency), not a wording: deal-time-transparent.ts drops it from
 * the units the rules see, so the object's window is left for its descriptor. values.ts reads the price from the
 * sentence text, so the amount is not lost.
 */

/** Hedges before a price's figure ("pour environ 12 M€", "pour près de 40 millions"). */
const ONE_WORD_HEDGE = /^(environ|quelque|quelques|presque|approximativement)$/;
/** Two-word hedges: their first word, then their second ("près de", "plus de", "moins de", "un peu plus de"). */
const TWO_WORD_HEDGE_FIRST = /^(près|plus|moins)$/;
const TWO_WORD_HEDGE_SECOND = /^(de|d')$/;
/** A figure of money ("12", "4,2", "1.5"). */
const FIGURE = /^\d+(?:[.,]\d+)?$/;
/** Scales after a figure; "m" is the first half of "M€", which the tokenizer splits. */
const SCALE = /^(millions?|milliards?|m|md|mds|k)$/;
/** Currencies, told bare ("euros", "€") or after "de"/"d'" ("d'euros", "de dollars"). */
const CURRENCY = /^(euros?|dollars?|francs?|livres?|€|\$)$/;
/** "pour un montant non communiqué": an undisclosed price stands where a figure would. */
const UNDISCLOSED = /^(communiqué|divulgué|dévoilé|précisé|révélé)$/;

/** Units after a hedge opening at `i` (0, 1 or 2). */
function hedgeLength(units: Unit[], i: number): number {
  const w = wordOrNullAt(units, i) ?? '';
  if (ONE_WORD_HEDGE.test(w)) return 1;
  if (TWO_WORD_HEDGE_FIRST.test(w) && TWO_WORD_HEDGE_SECOND.test(wordOrNullAt(units, i + 1) ?? '')) return 2;
  return 0;
}

/** Units of "pour un montant non communiqué" opening at `i` (the word after "pour"), or 0. */
function undisclosedLength(units: Unit[], i: number): number {
  if (
    wordOrNullAt(units, i) !== 'un' ||
    wordOrNullAt(units, i + 1) !== 'montant' ||
    wordOrNullAt(units, i + 2) !== 'non'
  )
    return 0;
  return UNDISCLOSED.test(wordOrNullAt(units, i + 3) ?? '') ? 4 : 0;
}

/** Units a price phrase opening at `i` spans ("pour environ 12 millions d'euros"), or 0. */
export function priceInsertLength(units: Unit[], i: number): number {
  if (wordOrNullAt(units, i) !== 'pour') return 0;
  const undisclosed = undisclosedLength(units, i + 1);
  if (undisclosed > 0) return 1 + undisclosed;
  let k = i + 1 + hedgeLength(units, i + 1);
  if (!FIGURE.test(wordOrNullAt(units, k) ?? '')) return 0;
  k++;
  if (SCALE.test(wordOrNullAt(units, k) ?? '')) k++;
  if (
    TWO_WORD_HEDGE_SECOND.test(wordOrNullAt(units, k) ?? '') &&
    CURRENCY.test(wordOrNullAt(units, k + 1) ?? '')
  )
    k++;
  // a figure with no currency is a count or a share ("pour 40 % du capital"), not a price
  if (!CURRENCY.test(wordOrNullAt(units, k) ?? '')) return 0;
  return k + 1 - i;
}

/** Participles and forms of "s'offrir" ("s'est offert", "s'offre", "s'était déjà offert"). */
const OFFER_FORM = /^(offert|offerte|offerts|offertes|offre|offrent|offrira|offriront|offrait)$/;
/** Units allowed between "s'" and the form: an auxiliary and an adverb. */
const MAX_REFLEXIVE_LEAD = 3;

/** The word at `i` is a form of "s'offrir" (a reflexive "s'" a few units before it): buying, like "racheter". */
export function isReflexiveOffer(units: Unit[], i: number): boolean {
  if (!OFFER_FORM.test(wordOrNullAt(units, i) ?? '')) return false;
  for (let k = i - 1; k >= 0 && k >= i - MAX_REFLEXIVE_LEAD; k--) {
    const w = wordOrNullAt(units, k);
    if (w === "s'" || w === 'se') return true;
    if (w === null) return false;
  }
  return false;
}
