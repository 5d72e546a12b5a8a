import fs from 'node:fs';
import type { RelationType } from '../ingest/types';
import { EvalError } from './errors';
import type { Extract } from './extractor';
import type { GoldArticle } from './gold';
import type { GoldResult } from './gold-eval';
import { evaluateGold } from './gold-eval';

/** Reads FIRE's JSON into one gold article per sentence (eval/fire.ts). */
export type FireLoader = (file: string) => GoldArticle[];

/**
 * Scores the FIRE sentences like gold articles, counting only the relation types FIRE annotates: a prediction of
 * another type (a rivalry, a founder) cannot be checked against FIRE, so it is neither right nor wrong there.
 */
export function evaluateFire(
  file: string,
  load: FireLoader,
  relationTypes: readonly RelationType[],
  extract: Extract,
  limit: number | null,
): GoldResult {
  if (!fs.existsSync(file)) throw new EvalError('EVAL_DATA_MISSING', `FIRE not found at ${file}`);
  const articles = load(file).slice(0, limit ?? undefined);
  return evaluateGold(articles, extract, { relationTypes });
}
