import fs from 'node:fs';
import path from 'node:path';
import { loadReutersStories, storyToArticle } from '../bench/reuters';
import { detokenize, parseConll } from './conll';
import { EvalError } from './errors';
import { evalPaths } from './paths';
import type { SourceData, SourceText } from './text-source';

/**
 * The shared data sets as pointer texts. Each set is parsed at most once per process and only when a pointer
 * needs it, so a run without real-text gold never reads them. The parsers are the project's own (bench/reuters.ts
 * for Reuters, eval/conll.ts for WikiNEuRal), so a pointer resolves to exactly what the bench and eval see.
 */

function requireData(location: string, what: string): void {
  if (!fs.existsSync(location)) {
    throw new EvalError('EVAL_DATA_MISSING', `${what} not found at ${location} (set DEALGRAPH_SHARED_DIR)`);
  }
}

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

function loadReuters(reutersDir: string): Map<number, SourceText> {
  requireData(reutersDir, 'Reuters-21578');
  let stories;
  try {
    // loadReutersStories takes the data folder holding reuters21578/.
    stories = loadReutersStories(path.dirname(reutersDir));
  } catch (err) {
    throw new EvalError('EVAL_DATA_MISSING', `Reuters-21578 at ${reutersDir}: ${(err as Error).message}`);
  }
  return new Map(
    stories.map((story) => {
      const article = storyToArticle(story);
      return [story.id, { text: article.text, published: article.published ?? null }];
    }),
  );
}

function loadWikineuralSentences(file: string): string[] {
  requireData(file, 'WikiNEuRal-fr');
  return parseConll(fs.readFileSync(file, 'utf8'), file).map((s) => detokenize(s.tokens).text);
}

/** Reads from the two locations given; most callers want sharedSourceData(). */
export function fileSourceData(reutersDir: string, wikineuralFile: string): SourceData {
  const reuters = lazy(() => loadReuters(reutersDir));
  const wiki = lazy(() => loadWikineuralSentences(wikineuralFile));
  return {
    reutersStory: (newid) => reuters().get(newid),
    wikineuralSentences: wiki,
  };
}

const cache = new Map<string, SourceData>();

/** The data sets under sharedDir() (DEALGRAPH_SHARED_DIR), one instance per location for the whole run. */
export function sharedSourceData(env: NodeJS.ProcessEnv = process.env): SourceData {
  const { reutersDir, wikineuralFile } = evalPaths(env);
  const key = `${reutersDir}\n${wikineuralFile}`;
  let data = cache.get(key);
  if (!data) {
    data = fileSourceData(reutersDir, wikineuralFile);
    cache.set(key, data);
  }
  return data;
}
