import type { Token } from '../tokens';
import { MONTHS } from './lexicon-common';
import { isDayFirstOrBareDatelineDash } from './dateline-town';

/**
 * "ROME, March 25 - Veteran politician X", "WASHINGTON, Oct 20 - …": the dash after a dateline's day opens the
 * story, so the word after it is capitalised by its place, as at a sentence start. True when token `dash` is such
 * a dash, or closes a French day-first or undated dateline ("RODEZ, 23 novembre –", "CHOLET —").
 */
export function isDatelineDash(tokens: Token[], dash: number): boolean {
  if (isDayFirstOrBareDatelineDash(tokens, dash)) return true;
  const day = tokens[dash - 1];
  const month = tokens[dash - 2];
  if (!day || !month || !/^[-–—]$/.test(tokens[dash].text) || !/^\d{1,2}$/.test(day.text)) return false;
  return /^\p{Lu}/u.test(month.text) && MONTHS.has(month.lower.replace(/\.$/, ''));
}
