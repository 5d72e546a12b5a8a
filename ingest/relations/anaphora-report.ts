import type { Token } from '../tokens';
import { REPORTING_BEFORE_IT } from './anaphor-words';

/**
 * "X said on Tuesday it had agreed to buy Y", "The group said late on Monday it would …": wire copy puts the day
 * between the reporting verb and its clause's "it", which is still the reporting company.
 */

/** Words of the day or moment a report names between "said" and "it". */
const REPORT_TIME_WORDS = new Set(
  `on late early earlier last this today yesterday week month monday tuesday wednesday thursday friday saturday
  sunday morning afternoon evening night`
    .trim()
    .split(/\s+/),
);
/** Most words of such a time phrase ("late on Monday", "earlier this week"). */
const MAX_TIME_WORDS = 3;

/** The pronoun at `i` follows a reporting verb and a time phrase ("said on Tuesday it"). */
export function afterReportAndTime(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - 1 - k < MAX_TIME_WORDS && REPORT_TIME_WORDS.has(tokens[k].lower)) k--;
  return k < i - 1 && k >= 0 && REPORTING_BEFORE_IT.has(tokens[k].lower) && tokens[k].lower !== 'that';
}
