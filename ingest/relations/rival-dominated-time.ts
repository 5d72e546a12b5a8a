import type { Unit } from './pattern';
import { wordOrNullAt } from './frames/clause';

/**
 * A time phrase between a market's "dominated"/"dominé" and its agents ("un marché dominé depuis vingt ans par A et
 * B", "a market dominated for two decades by A and B", "dominated since 2015 by A") says how long the market has
 * been held, not by whom: the dominance readers want the agent right after the participle (an adverb aside), so
 * the phrase is dropped from the units the rules see, as deal-time-transparent.ts does for a deal's time.
 */

/** The participles whose agent a time phrase may delay. */
const DOMINATED = new Set(['dominated', 'dominé', 'dominée', 'dominés', 'dominées']);
const AGENT_WORDS = new Set(['by', 'par']);
/** Words a time phrase opens on. */
const TIME_OPENERS = new Set(['for', 'since', 'over', 'depuis', 'pendant']);
/** Words a time phrase closes on: a span's noun or a year. */
const TIME_CLOSERS =
  /^(years|decades|decade|ans|années|décennies|siècle|century|longtemps|(19|20)\d\d|1990s|2000s)$/u;
/** Most words of the phrase ("for more than a decade", "depuis plus de vingt ans"). */
const MAX_TIME_WORDS = 5;

/** The units without a time phrase standing between a "dominated" participle and its "by"/"par". */
export function withoutDominanceTimeInserts(units: Unit[]): Unit[] {
  for (let i = 0; i + 2 < units.length; i++) {
    if (!DOMINATED.has(wordOrNullAt(units, i) ?? '') || !TIME_OPENERS.has(wordOrNullAt(units, i + 1) ?? ''))
      continue;
    for (let j = i + 2; j < units.length && j <= i + 1 + MAX_TIME_WORDS; j++) {
      const w = wordOrNullAt(units, j);
      if (w === null) break;
      if (!AGENT_WORDS.has(w)) continue;
      if (TIME_CLOSERS.test(wordOrNullAt(units, j - 1) ?? ''))
        return [...units.slice(0, i + 1), ...units.slice(j)];
      break;
    }
  }
  return units;
}
