import type { Token } from '../../tokens';
import type { DiscourseState } from '../discourse';
import { recentFund } from '../anaphora-fund';
import type { Unit } from '../pattern';

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

/** Marks after which a possessive opens a second clause of the same sentence ("X is no newcomer: its …"). */
const CLAUSE_MARKS = new Set([':', ';']);

/**
 * "General Catalyst has been busy in care at home: its portfolio includes A and B", "X n'est pas un novice ; son
 * portefeuille compte A": after a colon or semicolon the possessive is the sentence's subject when a named
 * organisation opens it. Any investor may own a portfolio there, fund-like name or not: the sentence says it.
 */
function clauseSubjectOwner(tokens: Token[], i: number, units: readonly Unit[]): number | null {
  if (!CLAUSE_MARKS.has(tokens[i - 1]?.text ?? '')) return null;
  const first = units[0];
  if (first?.kind !== 'ent' || !first.orgs || first.anaphor || first.ents.length !== 1) return null;
  return first.ents[0];
}

/** The investment firm the possessive at `i` stands for, or null. */
export function portfolioOwnerAt(
  tokens: Token[],
  i: number,
  state: DiscourseState,
  units: readonly Unit[] = [],
): number | null {
  if (!POSSESSIVES.has(tokens[i].lower)) return null;
  if (!PORTFOLIO_NOUNS.has(tokens[i + 1]?.lower ?? '')) return null;
  if (i !== 0) return clauseSubjectOwner(tokens, i, units);
  return recentFund(state);
}
