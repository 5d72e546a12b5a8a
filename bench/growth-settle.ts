import type { ExtractPool } from '../cli/extract-pool';
import type { ArticleInput } from '../ingest/types';
import type { BenchDatabase } from './database';
import { ingestPipeline } from './ingest';
import { countWords } from './reuters';

/**
 * Articles of one settle round: the size of the first growth step, so a round repeats that step's situation
 * (an emptied graph taking its first thousand articles).
 */
export const GROWTH_SETTLE_ROUND_ARTICLES = 1000;
/** Settled when a round's cost per word is within this fraction of the previous round's. */
export const GROWTH_SETTLE_TOLERANCE = 0.1;
/** Rounds at most; a machine too noisy to settle gets on with the measurement after these. */
export const GROWTH_SETTLE_MAX_ROUNDS = 10;

export interface SettleRound {
  usPerWord: number;
}

/** True once the last round is within the tolerance of the one before it. */
export function hasSettled(rounds: readonly SettleRound[], tolerance: number): boolean {
  if (rounds.length < 2) return false;
  const [previous, last] = rounds.slice(-2);
  return Math.abs(last.usPerWord - previous.usPerWord) <= tolerance * previous.usPerWord;
}

/**
 * Untimed rounds between the warm-up and the first growth step, each into an emptied graph, until the cost
 * per word stops falling. Measured (2026-11-26): after the 5,000-article warm-up, the same first 1,000
 * stories into an emptied graph cost 45, 39, 33 µs/word in three rounds, then 19 — what the 10k window
 * costs — after another 2,000: the JVM and the extraction threads were still warming, the graph's size had
 * nothing to do with it, so the first window was slower for a reason no later window pays.
 */
export async function settleBeforeGrowth(
  db: BenchDatabase,
  articles: readonly ArticleInput[],
  pool: ExtractPool | null,
  log: (line: string) => void,
): Promise<SettleRound[]> {
  const round = articles.slice(0, GROWTH_SETTLE_ROUND_ARTICLES);
  const words = round.reduce((sum, a) => sum + countWords(a.text), 0);
  const rounds: SettleRound[] = [];
  while (rounds.length < GROWTH_SETTLE_MAX_ROUNDS && !hasSettled(rounds, GROWTH_SETTLE_TOLERANCE)) {
    await db.wipe();
    const run = await ingestPipeline(db, round, false, pool);
    rounds.push({ usPerWord: (run.elapsedMs * 1000) / words });
  }
  await db.wipe();
  log(
    `growth settle: ${rounds.length} round(s) of ${round.length} articles into an emptied graph, µs/word ` +
      rounds.map((r) => r.usPerWord.toFixed(1)).join(' → '),
  );
  return rounds;
}
