import { availableParallelism } from 'node:os';
import type { ExtractionMode } from './extract-worker';
import { runExtractionInChild, type ExtractionCorpus, type ExtractionRunResult } from './extraction-run';
import { measurement, type Measurement } from './report';

/** Stories per corpus in --quick mode: enough for a stable rate, short enough for a smoke run. */
export const QUICK_EXTRACTION_LIMIT = 1000;

/**
 * Words each worker runs untimed before the clock starts (whitespace words of recombined stories). Measured
 * on the acq stories: one thread reaches its steady speed only after ~400–800 stories (60–100k words), and
 * the first pass costs ~1.5× its wall time in CPU because V8 compiles in background threads; with a warm-up
 * of 20 stories two workers on two cores spent a third of their shares compiling against each other. A full
 * pass of the acq corpus's size leaves both modes at their steady speed.
 */
export const WARMUP_WORDS_PER_WORKER = 300_000;

/** The same in --quick mode: enough to leave the interpreter, short enough for a smoke run. */
export const QUICK_WARMUP_WORDS_PER_WORKER = 30_000;

export interface ExtractionBenchOptions {
  quick: boolean;
  /** Worker count of the "all cores" runs; defaults to the machine's parallelism. */
  cores?: number;
  log?: (line: string) => void;
}

function label(corpus: ExtractionCorpus, mode: ExtractionMode, workers: number): string {
  return `${mode === 'extract' ? 'extraction' : 'compromise'}.${corpus}.${workers}w`;
}

function figures(run: ExtractionRunResult, baseline: ExtractionRunResult): Measurement[] {
  const { corpus, mode, workers } = run.spec;
  const name = label(corpus, mode, workers);
  const base = label(corpus, baseline.spec.mode, baseline.spec.workers);
  const seconds = run.elapsedMs / 1000;
  const baseSeconds = baseline.elapsedMs / 1000;
  return [
    measurement(`${name}.words_per_s`, run.words / seconds, 'words/s', run.articles, {
      name: `${base}.words_per_s`,
      value: baseline.words / baseSeconds,
    }),
    measurement(`${name}.articles_per_s`, run.articles / seconds, 'articles/s', run.articles, {
      name: `${base}.articles_per_s`,
      value: baseline.articles / baseSeconds,
    }),
    measurement(`${name}.peak_rss`, run.maxRssMb, 'MiB', run.articles, {
      name: `${base}.peak_rss`,
      value: baseline.maxRssMb,
    }),
  ];
}

function baselineFigures(run: ExtractionRunResult): Measurement[] {
  const name = label(run.spec.corpus, run.spec.mode, run.spec.workers);
  const seconds = run.elapsedMs / 1000;
  return [
    measurement(`${name}.words_per_s`, run.words / seconds, 'words/s', run.articles),
    measurement(`${name}.articles_per_s`, run.articles / seconds, 'articles/s', run.articles),
    measurement(`${name}.peak_rss`, run.maxRssMb, 'MiB', run.articles),
  ];
}

/**
 * For each corpus (all stories, acq stories) and worker count (1, all cores): the extractor and, as the
 * same-run reference, compromise's bare parse of the same texts with the same number of workers.
 */
export async function benchExtraction(options: ExtractionBenchOptions): Promise<Measurement[]> {
  const cores = options.cores ?? availableParallelism();
  const workerCounts = [...new Set([1, cores])];
  const limit = options.quick ? QUICK_EXTRACTION_LIMIT : null;
  const warmupWords = options.quick ? QUICK_WARMUP_WORDS_PER_WORKER : WARMUP_WORDS_PER_WORKER;
  const out: Measurement[] = [];
  for (const corpus of ['all', 'acq'] as const) {
    for (const workers of workerCounts) {
      const base = await runExtractionInChild({ corpus, mode: 'compromise', workers, limit, warmupWords });
      options.log?.(
        `compromise ${corpus} ${workers}w: ${base.articles} articles in ${base.elapsedMs.toFixed(0)} ms`,
      );
      const run = await runExtractionInChild({ corpus, mode: 'extract', workers, limit, warmupWords });
      options.log?.(
        `extraction ${corpus} ${workers}w: ${run.articles} articles, ${run.facts} facts in ${run.elapsedMs.toFixed(0)} ms`,
      );
      out.push(...figures(run, base), ...baselineFigures(base));
    }
  }
  return out;
}
