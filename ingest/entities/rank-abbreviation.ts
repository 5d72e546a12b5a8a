import type { Token } from '../tokens';

/**
 * "the No. 2 robot maker behind X", "Britain's No.1 grocer": "No." before a number is a rank, no name — read as a
 * capitalised word, it became a company "No. 2" that took the rank away from the rivalry rules (rival-words.ts
 * `RANK`) and stood as a rival itself.
 */
const RANK_ABBREVIATION = /^no\.$/u;

/** True when the token at `i` is "No." followed by a number: a rank, never the start of a name. */
export function isRankAbbreviation(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return RANK_ABBREVIATION.test(tokens[i].lower) && next !== undefined && next.kind === 'number';
}
