import type { ExtractPool } from '../cli/extract-pool';
import type { ArticleInput } from '../ingest/types';
import type { BenchDatabase } from './database';
import { ingestPipeline } from './ingest';
import { benchQueries } from './queries';
import { DEFAULT_RECOMBINE_SEED, recombineArticles } from './recombine';
import { growthSteps } from './growth-corpus';
import { INGEST_BATCH_ARTICLES } from '../cli/ingest-pipeline';
import { measurement, type Measurement } from './report';
import { countWords } from './reuters';
import { GROWTH_WINDOW_ARTICLES, lastWindowMsPerArticle } from './growth-window';
import { settleBeforeGrowth } from './growth-settle';

/** Progress is logged every this many articles. */
const PROGRESS_EVERY_ARTICLES = 5000;

/**
 * Recombined articles ingested, then wiped, before the first measured step: the JVM's JIT, Neo4j's plan
 * cache and Node's own JIT need thousands of articles, not a hundred, before the cost per article settles.
 */
export const GROWTH_WARMUP_ARTICLES = 5000;

/** The warm-up's recombination seed: a different one from the measured corpus, so its texts are others. */
const WARMUP_SEED = DEFAULT_RECOMBINE_SEED + 1;

export interface GrowthOptions {
  /** Measure the five queries at each size (the default); off for ingest-only runs. */
  queries?: boolean;
  /** Extraction threads of the pipeline (null: the main thread). */
  pool?: ExtractPool | null;
  onStep?: (soFar: readonly Measurement[]) => void;
}

/**
 * Grows one graph through the sizes: each step ingests only the articles that take it from the previous
 * size to the next. Two costs per size: the step average, and the marginal cost over the step's last
 * window; then the five queries run against the graph as it stands.
 */
export async function benchGrowth(
  db: BenchDatabase,
  real: readonly ArticleInput[],
  sizes: readonly number[],
  log: (line: string) => void,
  options: GrowthOptions = {},
): Promise<Measurement[]> {
  const steps = growthSteps(real, sizes, GROWTH_WINDOW_ARTICLES);
  const total = steps.reduce((sum, s) => sum + s.articles.length, 0);
  log(
    `growth corpus: ${total} articles (${Math.max(0, total - real.length)} recombined), each step ending on ` +
      `the same ${steps[0]?.probe ?? 0} probe stories`,
  );
  const warmup = recombineArticles(real, GROWTH_WARMUP_ARTICLES, { seed: WARMUP_SEED });
  await db.wipe();
  const pool = options.pool ?? null;
  const warm = await ingestPipeline(db, warmup, false, pool);
  log(
    `growth warm-up: ${warmup.length} recombined articles in ${(warm.elapsedMs / 1000).toFixed(1)} s, wiped`,
  );
  const settle = await settleBeforeGrowth(db, warmup, pool, log);

  const out: Measurement[] = [];
  const firsts = new Map<string, { name: string; value: number }>();
  const add = (kind: string, size: number, value: number, unit: string, n: number) => {
    const name = `growth.${size}.${kind}`;
    out.push(measurement(name, value, unit, n, firsts.get(kind) ?? null));
    if (!firsts.has(kind)) firsts.set(kind, { name, value });
  };
  // The first and last settle rounds: what the first window would have cost without them, and with.
  out.push(
    measurement('growth.settle.first_round_us_per_word', settle[0].usPerWord, 'µs/word', settle.length),
    measurement(
      'growth.settle.last_round_us_per_word',
      settle[settle.length - 1].usPerWord,
      'µs/word',
      settle.length,
      {
        name: 'growth.settle.first_round_us_per_word',
        value: settle[0].usPerWord,
      },
    ),
  );
  let previous = 0;
  for (const { size, articles: step, probe } of steps) {
    let nextLog = PROGRESS_EVERY_ARTICLES;
    const start = process.hrtime.bigint();
    const settles: { done: number; atMs: number }[] = [];
    const run = await ingestPipeline(db, step, false, pool, (done) => {
      settles.push({ done, atMs: Number(process.hrtime.bigint() - start) / 1e6 });
      if (done >= nextLog) {
        log(`  growth to ${size}: ${previous + done} articles stored`);
        nextLog += PROGRESS_EVERY_ARTICLES;
      }
    });
    const stepMsPerArticle = run.elapsedMs / step.length;
    // The probe's first batch is left out at every size, because the first size's window cannot start on
    // its step's first article (growth-window.ts): all sizes then time the same probe stories.
    const window = lastWindowMsPerArticle(settles, Math.max(1, probe - INGEST_BATCH_ARTICLES));
    add(
      'ms_per_article',
      size,
      window?.msPerArticle ?? stepMsPerArticle,
      'ms/article',
      window?.articles ?? step.length,
    );
    add('step_ms_per_article', size, stepMsPerArticle, 'ms/article', step.length);
    // Articles differ in length from one step to the next; per word separates size effects from that.
    const words = step.reduce((sum, a) => sum + countWords(a.text), 0);
    add('us_per_word', size, (run.elapsedMs * 1000) / words, 'µs/word', words);
    // Each window ends on the same probe stories but for their names (growth-corpus.ts); per word still
    // evens out what the swapped names and the first size's shorter window change.
    const windowArticles = window ? step.slice(window.from, window.from + window.articles) : step;
    const windowWords = windowArticles.reduce((sum, a) => sum + countWords(a.text), 0);
    const windowMs = window ? window.msPerArticle * window.articles : run.elapsedMs;
    add('window_us_per_word', size, (windowMs * 1000) / windowWords, 'µs/word', windowWords);
    log(
      `growth ${size}: ${step.length} articles in ${(run.elapsedMs / 1000).toFixed(1)} s (step ${stepMsPerArticle.toFixed(2)} ms/article, ` +
        `last ${window?.articles ?? step.length} ${(window?.msPerArticle ?? stepMsPerArticle).toFixed(2)} ms/article, extraction busy ${(run.extractMs / 1000).toFixed(1)} s)`,
    );
    if (options.queries ?? true)
      out.push(...(await benchQueries(db.graph, { prefix: `growth.${size}`, log })));
    previous = size;
    options.onStep?.(out);
  }
  return out;
}
