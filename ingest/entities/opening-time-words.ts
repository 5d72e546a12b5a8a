import type { Token } from '../tokens';
import { MONTHS } from './lexicon-common';

/**
 * "Fin 2025, il avait fusionné avec …", "Début mars, la PME …", "Late 2024, the group …": a word placing a time in
 * a year or a month opens the sentence and is capitalised by position only, so it is no name. Only before a year
 * or a month name, since "Fin" or "Late" may otherwise start a brand.
 */
const TIME_PLACING_WORDS: ReadonlySet<string> = new Set([
  'fin',
  'début',
  'mi',
  'courant',
  'early',
  'late',
  'mid',
]);
/** A four-digit year of the last two centuries. */
const YEAR = /^(1[89]|20)\d\d$/;

/** True when the one-word candidate at `from` opens its sentence and is a time-placing word before a year or month. */
export function isOpeningTimeWord(tokens: Token[], from: number, to: number, initial: boolean): boolean {
  if (!initial || to - from !== 1 || !TIME_PLACING_WORDS.has(tokens[from].lower)) return false;
  const next = tokens[to];
  return !!next && (YEAR.test(next.text) || MONTHS.has(next.lower));
}
