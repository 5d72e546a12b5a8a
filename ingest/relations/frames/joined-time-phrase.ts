import type { Unit } from '../pattern';
import { wordAt } from './clause';

/**
 * "X bought A in 2024 and in May sold its tug business to B", "… and last year sold …", "… et l'an dernier cédé …":
 * a time phrase between the joiner and the second verb dates that verb; the verb still shares the first one's
 * subject. Returns how many units the time phrase ending at `end` (inclusive) spans, or 0.
 */

const MONTHS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$/;
const YEAR = /^(19|20)\d\d$/;
/** Nouns of a relative time ("last year", "this month", "l'an dernier"). */
const PERIOD = /^(year|month|week|spring|summer|autumn|fall|winter|quarter)$/;
const PERIOD_OPENERS = /^(last|this|that|next|the|same)$/;
const FR_LAST = /^(dernier|dernière|passé|passée|suivant|suivante)$/;

export function timePhraseEndingAt(units: Unit[], end: number): number {
  const w = wordAt(units, end);
  const before = wordAt(units, end - 1);
  // "in May", "in 2024", "en mars", "in March 2025"
  if (YEAR.test(w) && MONTHS.test(before) && /^(in|en)$/.test(wordAt(units, end - 2))) return 3;
  if ((MONTHS.test(w) || YEAR.test(w)) && /^(in|en)$/.test(before)) return 2;
  // "last year", "this month", "earlier this year"
  if (PERIOD.test(w) && PERIOD_OPENERS.test(before)) return wordAt(units, end - 2) === 'earlier' ? 3 : 2;
  // "l'an dernier", "l'année suivante"
  if (FR_LAST.test(w) && /^(an|année)$/.test(before) && wordAt(units, end - 2) === "l'") return 3;
  return 0;
}
