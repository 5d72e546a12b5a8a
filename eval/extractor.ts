import path from 'node:path';
import type { ArticleInput, ExtractedArticle } from '../ingest/types';
import { EvalError } from './errors';

export type Extract = (input: ArticleInput) => ExtractedArticle;

/**
 * The extractor is looked up at run time rather than imported, so the harness builds and its scorers are
 * tested even in a tree where ingest/extract.ts is absent or broken; the eval then stops with a clear code.
 */
export function loadExtractor(): Extract {
  const modulePath = path.resolve(__dirname, '..', 'ingest', 'extract');
  let mod: { extractArticle?: unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(modulePath) as { extractArticle?: unknown };
  } catch (err) {
    throw new EvalError('EVAL_EXTRACTOR_MISSING', `cannot load ${modulePath}: ${(err as Error).message}`);
  }
  if (typeof mod.extractArticle !== 'function') {
    throw new EvalError('EVAL_EXTRACTOR_MISSING', `${modulePath} does not export extractArticle`);
  }
  return mod.extractArticle as Extract;
}

export interface ExtractFailure {
  file: string;
  message: string;
}

/**
 * One article that makes the extractor throw should cost that article's score, not the whole run: it is
 * scored as an empty extraction and listed in the results, so the failure is still seen.
 */
export function guardExtractor(extract: Extract): { extract: Extract; failures: ExtractFailure[] } {
  const failures: ExtractFailure[] = [];
  const guarded: Extract = (input) => {
    try {
      return extract(input);
    } catch (err) {
      failures.push({ file: input.file, message: err instanceof Error ? err.message : String(err) });
      const empty: ExtractedArticle = {
        file: input.file,
        lang: 'other',
        title: input.title ?? null,
        published: input.published ?? null,
        entities: [],
        relations: [],
        events: [],
      };
      return empty;
    }
  };
  return { extract: guarded, failures };
}
