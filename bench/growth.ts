import type { ArticleInput } from '../ingest/types';
import type { BenchDatabase } from './database';
import { WARMUP_ARTICLES, ingestPipeline, warmUp } from './ingest';
import { benchQueries } from './queries';
import { corpusOfSize } from './recombine';
import { measurement, type Measurement } from './report';
import { countWords } from './reuters';

/** Progress is logged every this many articles. */
const PROGRESS_EVERY_ARTICLES = 5000;

/**
 * Grows one graph through the sizes: each step ingests only the articles that take it from the previous
 * size to the next, so "ms per article" is the marginal cost at that size; then the five queries run
 * against the graph as it stands.
 */
export async function benchGrowth(
  db: BenchDatabase,
  real: readonly ArticleInput[],
  sizes: readonly number[],
  log: (line: string) => void,
  onStep: (soFar: readonly Measurement[]) => void = () => undefined,
): Promise<Measurement[]> {
  const ordered = [...new Set(sizes)].sort((a, b) => a - b);
  const corpus = corpusOfSize(real, ordered[ordered.length - 1]);
  log(`growth corpus: ${corpus.length} articles (${Math.max(0, corpus.length - real.length)} recombined)`);
  // The last stories of the collection, wiped again: only a 21k+ graph meets them for real.
  await warmUp(db, real.slice(-WARMUP_ARTICLES));
  const out: Measurement[] = [];
  let previous = 0;
  let first: { name: string; value: number } | null = null;
  let firstPerWord: { name: string; value: number } | null = null;
  for (const size of ordered) {
    const step = corpus.slice(previous, size);
    let nextLog = PROGRESS_EVERY_ARTICLES;
    const run = await ingestPipeline(db, step, false, (done) => {
      if (done >= nextLog) {
        log(`  growth to ${size}: ${previous + done} articles stored`);
        nextLog += PROGRESS_EVERY_ARTICLES;
      }
    });
    const msPerArticle = run.elapsedMs / step.length;
    const name = `growth.${size}.ms_per_article`;
    out.push(measurement(name, msPerArticle, 'ms/article', step.length, first));
    first ??= { name, value: msPerArticle };
    // Articles differ in length from one step to the next; per word separates size effects from that.
    const words = step.reduce((sum, a) => sum + countWords(a.text), 0);
    const usPerWord = (run.elapsedMs * 1000) / words;
    const perWordName = `growth.${size}.us_per_word`;
    out.push(measurement(perWordName, usPerWord, 'µs/word', words, firstPerWord));
    firstPerWord ??= { name: perWordName, value: usPerWord };
    log(
      `growth ${size}: ${step.length} articles in ${(run.elapsedMs / 1000).toFixed(1)} s (${msPerArticle.toFixed(2)} ms/article, extraction ${(run.extractMs / 1000).toFixed(1)} s)`,
    );
    out.push(...(await benchQueries(db.graph, { prefix: `growth.${size}`, log })));
    previous = size;
    onStep(out);
  }
  return out;
}
