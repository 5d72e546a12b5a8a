import type { Token } from '../tokens';
import { NATIONALITIES } from './lexicon-common';
import { isPortfolioWord } from './portfolio-names';

/**
 * "West German Finance Minister X", "Federal Resources and Energy Minister Y", "Deputy Finance Ministers from the
 * Group of 10": the capitals before a minister's title name the post's portfolio, not a ministry. Wire copy writes
 * the post this way before most officials' names, so each portfolio would otherwise be a false organisation. Only
 * runs made of portfolio nouns, their qualifiers, nationalities and post adjectives are read so, and only right
 * before "Minister(s)" (or as the words before it inside the run); "Ministry of Finance" keeps its own reading.
 */

const MINISTER_WORDS = new Set(['minister', 'ministers']);
/** Words that may stand with a portfolio in a post's title ("Deputy", "Federal", "West German", "Prime"). */
const POST_QUALIFIERS = new Set([
  'deputy',
  'federal',
  'state',
  'acting',
  'junior',
  'vice',
  'prime',
  'west',
  'east',
  'north',
  'south',
  'senior',
  'chief',
]);
/** Most portfolio words joined by "and" after the run before the title ("X and Energy Minister"). */
const MAX_JOINED_WORDS = 3;

function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

function isPostWord(t: Token): boolean {
  const w = bare(t);
  return isPortfolioWord(w) || POST_QUALIFIERS.has(w) || NATIONALITIES.has(w);
}

function isCapitalisedWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Index of the minister's title after the run ends at `to`, through "and" + portfolio words, or -1. */
function titleAfter(tokens: Token[], to: number): number {
  let k = to;
  if (tokens[k]?.lower === 'and') {
    k++;
    const from = k;
    while (k - from < MAX_JOINED_WORDS && isCapitalisedWord(tokens[k]) && isPostWord(tokens[k])) k++;
    if (k === from) return -1;
  }
  const t = tokens[k];
  return t && isCapitalisedWord(t) && MINISTER_WORDS.has(bare(t)) ? k : -1;
}

/** True when the capitals [from, to) only qualify a minister's title: portfolio words before "Minister(s)". */
export function isPortfolioBeforeMinister(tokens: Token[], from: number, to: number): boolean {
  let end = to;
  // "Finance Ministers": the run took the title in
  if (end - from > 1 && MINISTER_WORDS.has(bare(tokens[end - 1]))) end--;
  else if (titleAfter(tokens, to) < 0) return false;
  let portfolio = false;
  for (let k = from; k < end; k++) {
    if (!isPostWord(tokens[k])) return false;
    if (isPortfolioWord(bare(tokens[k]))) portfolio = true;
  }
  return portfolio;
}
