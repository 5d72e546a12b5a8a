import { extractionThrough, type ExtractPool } from '../cli/extract-pool';
import { INGEST_BATCH_ARTICLES, runIngestPipeline } from '../cli/ingest-pipeline';
import { writeArticles, type ArticleToStore } from '../graph/writer';
import type { ArticleInput } from '../ingest/types';
import { graphCounts, type BenchDatabase } from './database';
import { buildRawRows } from './raw-rows';
import { writeRawRows } from './raw-writer';
import { measurement, type Measurement } from './report';
import { elapsedMs } from './stats';

export interface PipelineResult {
  articles: number;
  /** Relations plus events extracted: what a reader of the graph calls facts. */
  facts: number;
  elapsedMs: number;
  /** Time spent in extractArticle; it overlaps the writes, so elapsedMs − extractMs is not the write time. */
  extractMs: number;
  /** Time the pipeline sat waiting for a write with its next batch already extracted. */
  writeWaitMs: number;
  stored: ArticleToStore[];
}

/**
 * read → extract → write through the CLI's own pipeline (cli/ingest-pipeline.ts), over articles in memory,
 * extracting in `pool`'s threads as `dealgraph ingest` does (null: on the main thread, `--workers 0`).
 */
export async function ingestPipeline(
  db: BenchDatabase,
  articles: readonly ArticleInput[],
  keep: boolean,
  pool: ExtractPool | null,
  onBatch: (done: number) => void = () => undefined,
): Promise<PipelineResult> {
  const run = await runIngestPipeline(db.graph, articles, {
    read: (article) => article,
    name: (article) => article.file,
    batchArticles: INGEST_BATCH_ARTICLES,
    keep,
    onBatch: (done) => onBatch(done),
    ...extractionThrough(pool),
  });
  if (run.failures.length > 0) {
    const first = run.failures[0];
    throw new Error(
      `${run.failures.length} article(s) failed extraction, first ${first.name}: ${first.message}`,
    );
  }
  return {
    articles: articles.length,
    facts: run.extractedFacts,
    elapsedMs: run.elapsedMs,
    extractMs: run.extractMs,
    writeWaitMs: run.writeWaitMs,
    stored: run.stored,
  };
}

/** writeArticles alone over articles extracted before, in the pipeline's batches: the writer's own cost. */
export async function writeOnly(db: BenchDatabase, stored: readonly ArticleToStore[]): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < stored.length; i += INGEST_BATCH_ARTICLES) {
    await writeArticles(db.graph, stored.slice(i, i + INGEST_BATCH_ARTICLES));
  }
  return elapsedMs(start);
}

/**
 * Stories outside the measured set run through the pipeline and the raw writer, then wiped, before anything
 * is timed. The JVM keeps getting faster over several thousand written articles (its JIT compiles the
 * Cypher runtime's hot paths late): with 100, the first thing measured paid for that warming alone.
 */
export const WARMUP_ARTICLES = 3000;

/** Runs the pipeline and the raw writer once on `articles` and empties the graph again. */
export async function warmUp(
  db: BenchDatabase,
  articles: readonly ArticleInput[],
  pool: ExtractPool | null,
): Promise<void> {
  await db.wipe();
  const run = await ingestPipeline(db, articles, true, pool);
  await db.wipe();
  await writeRawRows(db.graph, buildRawRows(run.stored));
  await db.wipe();
}

function describeDifference(a: Record<string, number>, b: Record<string, number>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys
    .filter((k) => (a[k] ?? 0) !== (b[k] ?? 0))
    .map((k) => `${k}: writer ${a[k] ?? 0}, raw ${b[k] ?? 0}`);
}

/** Interference from other processes only ever adds time, so the faster of two runs is the better estimate. */
const best = (a: number, b: number): number => Math.min(a, b);

/**
 * The full pipeline, the writer alone and the raw UNWIND baseline, each into an emptied database, timed
 * twice in the order pipeline, writer, raw, raw, writer, pipeline: whatever still warms up (or a
 * neighbour's load that comes and goes) weighs on every series alike, and each figure is the faster of its two
 * runs. The baseline covers writing only: it is the floor the pipeline (which also extracts) is compared with.
 */
export async function benchIngest(
  db: BenchDatabase,
  articles: readonly ArticleInput[],
  warmupArticles: readonly ArticleInput[],
  log: (line: string) => void,
  pool: ExtractPool | null,
): Promise<Measurement[]> {
  await warmUp(db, warmupArticles, pool);
  await db.wipe();
  const pipeline = await ingestPipeline(db, articles, true, pool);
  const writerCounts = await graphCounts(db.graph);
  const describe = (run: PipelineResult) =>
    `${run.elapsedMs.toFixed(0)} ms (extraction busy ${run.extractMs.toFixed(0)} ms, overlapping the writes; waiting on writes ${run.writeWaitMs.toFixed(0)} ms)`;
  log(
    `ingest pipeline (${pool === null ? 'extraction on the main thread' : `${pool.size} extraction thread(s)`}): ${pipeline.articles} articles, ${pipeline.facts} facts in ${describe(pipeline)}`,
  );
  const rows = buildRawRows(pipeline.stored);
  const timeRaw = async () => {
    await db.wipe();
    const start = process.hrtime.bigint();
    await writeRawRows(db.graph, rows);
    return elapsedMs(start);
  };
  const timeWriter = async () => {
    await db.wipe();
    return writeOnly(db, pipeline.stored);
  };
  const writer1 = await timeWriter();
  const raw1 = await timeRaw();
  const raw2 = await timeRaw();
  const rawCounts = await graphCounts(db.graph);
  const writer2 = await timeWriter();
  await db.wipe();
  const pipeline2 = await ingestPipeline(db, articles, false, pool);
  log(
    `writer alone: ${writer1.toFixed(0)} and ${writer2.toFixed(0)} ms; raw UNWIND baseline: ${raw1.toFixed(0)} and ${raw2.toFixed(0)} ms`,
  );
  log(`ingest pipeline again: ${describe(pipeline2)}`);
  const differences = describeDifference(writerCounts, rawCounts);
  if (differences.length > 0) log(`graph differs between writer and raw baseline: ${differences.join('; ')}`);
  await db.wipe();

  const n = pipeline.articles;
  const faster = pipeline2.elapsedMs < pipeline.elapsedMs ? pipeline2 : pipeline;
  const pipelineMs = faster.elapsedMs;
  const extractMs = faster.extractMs;
  const writerMs = best(writer1, writer2);
  const rawMs = best(raw1, raw2);
  const perSecond = (count: number, ms: number) => count / (ms / 1000);
  return [
    measurement('ingest.articles_per_s', perSecond(n, pipelineMs), 'articles/s', n, {
      name: 'ingest.raw_unwind.articles_per_s',
      value: perSecond(n, rawMs),
    }),
    measurement('ingest.facts_per_s', perSecond(pipeline.facts, pipelineMs), 'facts/s', pipeline.facts, {
      name: 'ingest.raw_unwind.facts_per_s',
      value: perSecond(pipeline.facts, rawMs),
    }),
    // writeArticles alone on the same extraction output, into an emptied graph: the writer against the floor.
    measurement('ingest.writer_only.articles_per_s', perSecond(n, writerMs), 'articles/s', n, {
      name: 'ingest.raw_unwind.articles_per_s',
      value: perSecond(n, rawMs),
    }),
    measurement('ingest.extraction_share', extractMs / pipelineMs, 'fraction', n),
    measurement(
      'ingest.graph_count_mismatches',
      differences.length,
      'labels/types',
      Object.keys(writerCounts).length,
    ),
  ];
}
