import fs from 'node:fs';
import path from 'node:path';
import { articleId } from '../ingest/read/article-id';
import { EvalError } from './errors';
import type { Extract } from './extractor';
import type { GoldArticle } from './gold';
import { readGoldFile } from './gold';
import type { GoldResult } from './gold-eval';
import { evaluateGold } from './gold-eval';

/**
 * The blind gold set (tests/holdout-gold): scored like the gold set but on its own, so that its numbers estimate
 * the held-out articles honestly. Its per-file errors are dropped unless asked for, because reading them is how a
 * blind set stops being blind.
 */

/** Every *.json of the folder, in file-name order; none when the folder does not exist (a checkout without it). */
export function loadHoldoutSet(dir: string): GoldArticle[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readGoldFile(path.join(dir, f)));
}

/**
 * Ids of blind articles that are also in the tuning set (same id or same text), which would make the blind score
 * a tuned one.
 */
export function leakedIds(holdout: readonly GoldArticle[], tuning: readonly GoldArticle[]): string[] {
  const tuned = new Set(tuning.flatMap((a) => [a.id, articleId(a.text)]));
  return holdout.filter((a) => tuned.has(a.id) || tuned.has(articleId(a.text))).map((a) => a.id);
}

/**
 * Refuses a set scored apart (blind or real-text) that overlaps the sets before it: its score would not be the
 * separate measurement it claims to be. `setName` names it in the message.
 */
export function assertNoLeak(
  holdout: readonly GoldArticle[],
  tuning: readonly GoldArticle[],
  setName = 'holdout',
): void {
  const leaked = leakedIds(holdout, tuning);
  if (leaked.length) {
    throw new EvalError(
      'EVAL_HOLDOUT_LEAK',
      `${setName} article(s) ${leaked.join(', ')} are also (same id or text) in a gold set scored before it; remove them from one of the two`,
    );
  }
}

export function evaluateHoldout(
  articles: readonly GoldArticle[],
  extract: Extract,
  keepErrors: boolean,
): GoldResult {
  const result = evaluateGold(articles, extract);
  return keepErrors ? result : { ...result, files: [] };
}
