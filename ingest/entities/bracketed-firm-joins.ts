import type { Token } from '../tokens';
import type { Candidate } from './candidates';

/**
 * Wire copy sets an unlisted company's name in angle brackets, one name per bracket ("<Deloitte Haskins and
 * Sells>", "<Kidder, Peabody and Co>"). The cutter splits runs at "and" and commas, right for lists of companies;
 * inside one bracket the coordination is the name itself, so the pieces are joined back into one partnership.
 */

/** Most pieces one bracketed name strings together ("A, B, C and D"). */
const MAX_BRACKETED_PIECES = 5;
/** Words that may join two pieces of one bracketed name. */
const BRACKET_JOINS = new Set([',', 'and', '&']);

/** Index of the last piece of a name bracketed from cs[i] on ("<A and B>", "<A, B and C>"), or i when none. */
export function bracketedNameEnd(tokens: Token[], cs: Candidate[], i: number): number {
  if (tokens[cs[i].from - 1]?.text !== '<') return i;
  let k = i;
  while (k + 1 < cs.length && k - i + 1 < MAX_BRACKETED_PIECES) {
    if (tokens[cs[k].to]?.text === '>') break;
    const next = cs[k + 1];
    // one joining word between the pieces, nothing else
    if (next.from - cs[k].to !== 1 || !BRACKET_JOINS.has(tokens[cs[k].to].lower)) return i;
    k++;
  }
  return k > i && tokens[cs[k].to]?.text === '>' ? k : i;
}
