import type { Token } from '../../tokens';
import type { DiscourseState } from '../discourse';
import { recentFund } from '../anaphora-fund';

/**
 * "Harvest Peak, a Chicago fund, manages $1.2 billion. Its portfolio also includes A and B", "Son portefeuille
 * compte aussi A": a possessive opening the sentence on a portfolio belongs to the investment firm the sentence
 * before named, not to the company the article is about (which owns no portfolio). Only when that sentence named
 * such a firm (`recentFund`): after any other sentence the possessive is left to the usual readings.
 */

const POSSESSIVES = new Set(['its', 'their', 'son', 'leur']);
const PORTFOLIO_NOUNS = new Set(['portfolio', 'portefeuille']);
/** The words at `i` without which `portfolioOwnerAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const PORTFOLIO_OWNER_START_WORDS: ReadonlySet<string> = POSSESSIVES;

/** The investment firm the possessive at `i` stands for, or null. */
export function portfolioOwnerAt(tokens: Token[], i: number, state: DiscourseState): number | null {
  if (i !== 0 || !POSSESSIVES.has(tokens[i].lower)) return null;
  if (!PORTFOLIO_NOUNS.has(tokens[i + 1]?.lower ?? '')) return null;
  return recentFund(state);
}
