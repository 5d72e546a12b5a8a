import type { Token } from '../tokens';
import { MONTHS } from './lexicon-common';

/**
 * Election results and polls write each party with its count and no unit: "the Social Democrats 54, Centre Party
 * 37 and Liberals 21", "le Parti socialiste 12". A number after a party's head, or in a sentence that counts seats
 * or votes, is that count, never the last word of a name as in "France 3" or "Hanovre 96".
 */

/** Heads of political parties' and groups' names (lower case). */
const PARTY_HEADS: ReadonlySet<string> = new Set([
  'party',
  'parti',
  'partei',
  'partido',
  'partito',
  'democrats',
  'démocrates',
  'republicans',
  'républicains',
  'socialists',
  'socialistes',
  'liberals',
  'libéraux',
  'conservatives',
  'greens',
  'verts',
  'alliance',
  'front',
  'coalition',
]);
/** Words that make the numbers of a sentence counts of seats or votes (lower case). */
const TALLY_WORDS: ReadonlySet<string> = new Set([
  'seats',
  'seat',
  'sièges',
  'siège',
  'mandates',
  'mandats',
  'votes',
  'voix',
  'députés',
  'deputies',
  'elected',
  'élus',
  'poll',
  'sondage',
]);

/** English words after a number that make it a quantity or a range ("20 to 30 pct", "15 mln"). */
const QUANTITY_AFTER: ReadonlySet<string> = new Set([
  'to',
  'pct',
  'percent',
  'mln',
  'million',
  'billion',
  'bln',
  'dlrs',
  'tonnes',
  'tons',
]);
/**
 * Pairs of a capitalised word and a number in one sentence from which it reads as a table written out ("Denmark
 * 69 (69), France 419 (421), Greece 35 (44)"); two such names may still be channels ("France 2 et France 3").
 */
const MIN_TABLE_PAIRS = 3;

/** Tokens after a table cell's number: its bracketed comparison or the separator before the next row. */
const CELL_ENDS: ReadonlySet<string> = new Set(['(', ',', ';']);

function namedNumberPairs(tokens: Token[]): number {
  let pairs = 0;
  for (let k = 1; k < tokens.length; k++) {
    const name = tokens[k - 1];
    const cell = tokens[k];
    if (cell.kind !== 'number' || !/^\d+$/.test(cell.text) || name.kind !== 'word') continue;
    // "August 23, 2012" is a date, not a row
    if (!/^\p{Lu}/u.test(name.text) || MONTHS.has(name.lower)) continue;
    if (k + 1 === tokens.length || CELL_ENDS.has(tokens[k + 1].text)) pairs++;
  }
  return pairs;
}

/**
 * True when the number at `j` counts something (a party's seats or votes, a row of a table written out, a
 * quantity) rather than ending the name before it.
 */
export function isTallyNumber(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  if (before && PARTY_HEADS.has(before.lower)) return true;
  if (QUANTITY_AFTER.has(tokens[j + 1]?.lower ?? '')) return true;
  return tokens.some((t) => TALLY_WORDS.has(t.lower)) || namedNumberPairs(tokens) >= MIN_TABLE_PAIRS;
}
