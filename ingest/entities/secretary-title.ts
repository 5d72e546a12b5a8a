import type { Token } from '../tokens';

/**
 * "Finance Ministry State Secretary Hans Tietmeyer", "Foreign Office Permanent Under Secretary X": words that make
 * "Secretary" a rank ("State", "Under", "Permanent", "Parliamentary") belong to the title, not to the ministry
 * before it. Returns how many such words start at `i` before a "Secretary", or 0.
 */
const RANK_WORDS = new Set(['state', 'under', 'permanent', 'parliamentary']);
const SECRETARY_RE = /^(?:secretary|secretary-general|secretaries)$/;

export function secretaryRankAt(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && RANK_WORDS.has(tokens[k].lower) && /^\p{Lu}/u.test(tokens[k].text)) k++;
  return k > i && tokens[k] && SECRETARY_RE.test(tokens[k].lower) ? k - i : 0;
}
