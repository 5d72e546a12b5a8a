import type { Token } from '../tokens';

/**
 * All-caps headlines give no case to tell "PROCTER AND GAMBLE CO" (one firm) from "USAIR AND PIEDMONT AVIATION
 * INC" (two), so the headline reader stops at "AND". Wire copy names the firm again in the body, in mixed case:
 * when the words before "AND" and the name after it are spelled together elsewhere in the article ("Procter and
 * Gamble Co said …"), the headline's name runs through the conjunction as the body's does.
 */

/**
 * Conjunctions inside English names ("JOHNSON & JOHNSON"); French "et" joins two names in the body too
 * (`name-joins.ts`), so a headline has nothing to follow there.
 */
const CONJUNCTIONS = new Set(['and', '&']);

/** Most words a headline name takes before its "AND" ("GREAT ATLANTIC AND PACIFIC TEA CO"). */
const MAX_WORDS_BEFORE_AND = 2;

/**
 * True when `phrase` (lower case) is written elsewhere in `text` as whole words, starting with a capital and not
 * in capitals.
 */
function spelledInBody(text: string, lower: string, phrase: string, here: number): boolean {
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
    if (at === here || /\p{L}/u.test(text[at + phrase.length] ?? '') || /\p{L}/u.test(text[at - 1] ?? ''))
      continue;
    const seen = text.slice(at, at + phrase.length);
    if (/^\p{Lu}/u.test(seen) && seen !== seen.toUpperCase()) return true;
  }
  return false;
}

/**
 * Start of a headline name that the body confirms through "AND", given the name found after it from `a`; else
 * `a`. `lastEnd` is the end of the previous headline name; `isStop` tells the headline's non-name words.
 */
export function shoutedAndStart(
  tokens: Token[],
  a: number,
  lastEnd: number,
  text: string,
  isStop: (t: Token) => boolean,
): number {
  const and = tokens[a - 1];
  if (!and || !CONJUNCTIONS.has(and.lower) || a - 2 < lastEnd) return a;
  // the words up to the first one after "AND" must be written together; the legal form may differ ("Co"/"Corp")
  const end = tokens[a].end;
  const lower = text.toLowerCase();
  let best = a;
  for (let s = a - 2; s >= lastEnd && a - 1 - s <= MAX_WORDS_BEFORE_AND; s--) {
    if (tokens[s].kind !== 'word' || isStop(tokens[s])) break;
    const start = tokens[s].start;
    if (spelledInBody(text, lower, lower.slice(start, end), start)) best = s;
  }
  return best;
}
