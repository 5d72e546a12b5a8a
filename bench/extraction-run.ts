import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { ArticleInput } from '../ingest/types';
import type { ExtractionMode } from './extract-worker';
import { dataDirFromEnv, isAcquisitionStory, loadReutersStories, storyToArticle } from './reuters';

/** Which stories a run reads: the whole collection or only the `acq` (acquisitions) topic. */
export type ExtractionCorpus = 'all' | 'acq';

export interface ExtractionRunSpec {
  corpus: ExtractionCorpus;
  mode: ExtractionMode;
  workers: number;
  /** Keep only the first N stories of the corpus (quick mode), or all when null. */
  limit: number | null;
  /** Whitespace words each worker runs untimed first, from recombined stories outside the timed set. */
  warmupWords: number;
}

export interface ExtractionRunResult {
  spec: ExtractionRunSpec;
  articles: number;
  words: number;
  facts: number;
  elapsedMs: number;
  /** Resident-set high-water mark of the whole run's process, in MiB. */
  maxRssMb: number;
}

export class ExtractionRunError extends Error {
  readonly code = 'BENCH_EXTRACTION_RUN_FAILED';
}

export function extractionCorpus(spec: Pick<ExtractionRunSpec, 'corpus' | 'limit'>): ArticleInput[] {
  const stories = loadReutersStories(dataDirFromEnv(process.env));
  const chosen = spec.corpus === 'acq' ? stories.filter(isAcquisitionStory) : stories;
  const articles = chosen.map(storyToArticle).filter((a) => a.text.trim() !== '');
  return spec.limit === null ? articles : articles.slice(0, spec.limit);
}

/** Runs one spec in a fresh Node process (dist/bench/extraction-child.js) and returns what it measured. */
export function runExtractionInChild(spec: ExtractionRunSpec): Promise<ExtractionRunResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'extraction-child.js'), [JSON.stringify(spec)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: ExtractionRunResult | null = null;
    child.on('message', (message) => (result = message as ExtractionRunResult));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result && code === 0) resolve(result);
      else reject(new ExtractionRunError(`extraction run ${JSON.stringify(spec)} exited with code ${code}`));
    });
  });
}
