import { writeArticles, type ArticleToStore } from '../graph/writer';
import { extractArticle } from '../ingest/extract';
import type { ArticleInput } from '../ingest/types';
import { graphCounts, type BenchDatabase } from './database';
import { buildRawRows } from './raw-rows';
import { writeRawRows } from './raw-writer';
import { measurement, type Measurement } from './report';
import { elapsedMs } from './stats';

/** Articles extracted before one writeArticles call; the CLI's ingest batches the same way. */
export const INGEST_BATCH_ARTICLES = 200;

export interface PipelineResult {
  articles: number;
  /** Relations plus events extracted: what a reader of the graph calls facts. */
  facts: number;
  elapsedMs: number;
  /** The part of elapsedMs spent in extractArticle; the rest is writing. */
  extractMs: number;
  stored: ArticleToStore[];
}

/** read → extract → write, the way `dealgraph ingest` does it, over articles already read from disk. */
export async function ingestPipeline(
  db: BenchDatabase,
  articles: readonly ArticleInput[],
  keep: boolean,
  onBatch: (done: number) => void = () => undefined,
): Promise<PipelineResult> {
  const stored: ArticleToStore[] = [];
  let facts = 0;
  let extractMs = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < articles.length; i += INGEST_BATCH_ARTICLES) {
    const extractStart = process.hrtime.bigint();
    const batch = articles
      .slice(i, i + INGEST_BATCH_ARTICLES)
      .map((input) => ({ input, extracted: extractArticle(input) }));
    extractMs += elapsedMs(extractStart);
    for (const item of batch) facts += item.extracted.relations.length + item.extracted.events.length;
    await writeArticles(db.graph, batch);
    if (keep) stored.push(...batch);
    onBatch(Math.min(i + INGEST_BATCH_ARTICLES, articles.length));
  }
  return { articles: articles.length, facts, elapsedMs: elapsedMs(start), extractMs, stored };
}

/** Articles run through both writers, then wiped, before anything is timed: JIT and Cypher plans warm up. */
export const WARMUP_ARTICLES = 100;

/** Runs the pipeline and the raw writer once on `articles` and empties the graph again. */
export async function warmUp(db: BenchDatabase, articles: readonly ArticleInput[]): Promise<void> {
  await db.wipe();
  const run = await ingestPipeline(db, articles, true);
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

/**
 * The full pipeline on an empty database, then the raw UNWIND baseline writing the same extraction
 * output into an emptied database. The baseline time covers writing only: it is the floor the
 * pipeline (which also extracts and resolves) is compared with.
 */
export async function benchIngest(
  db: BenchDatabase,
  articles: readonly ArticleInput[],
  warmupArticles: readonly ArticleInput[],
  log: (line: string) => void,
): Promise<Measurement[]> {
  await warmUp(db, warmupArticles);
  const pipeline = await ingestPipeline(db, articles, true);
  const writerCounts = await graphCounts(db.graph);
  log(
    `ingest pipeline: ${pipeline.articles} articles, ${pipeline.facts} facts in ${pipeline.elapsedMs.toFixed(0)} ms ` +
      `(of which extraction ${pipeline.extractMs.toFixed(0)} ms)`,
  );

  const rows = buildRawRows(pipeline.stored);
  await db.wipe();
  const start = process.hrtime.bigint();
  await writeRawRows(db.graph, rows);
  const rawMs = elapsedMs(start);
  const rawCounts = await graphCounts(db.graph);
  log(`raw UNWIND baseline: ${rawMs.toFixed(0)} ms`);
  const differences = describeDifference(writerCounts, rawCounts);
  if (differences.length > 0) log(`graph differs between writer and raw baseline: ${differences.join('; ')}`);
  await db.wipe();

  const n = pipeline.articles;
  const perSecond = (count: number, ms: number) => count / (ms / 1000);
  return [
    measurement('ingest.articles_per_s', perSecond(n, pipeline.elapsedMs), 'articles/s', n, {
      name: 'ingest.raw_unwind.articles_per_s',
      value: perSecond(n, rawMs),
    }),
    measurement(
      'ingest.facts_per_s',
      perSecond(pipeline.facts, pipeline.elapsedMs),
      'facts/s',
      pipeline.facts,
      {
        name: 'ingest.raw_unwind.facts_per_s',
        value: perSecond(pipeline.facts, rawMs),
      },
    ),
    // The same run without its extraction time: the writer alone against the hand-written floor.
    measurement(
      'ingest.writer_only.articles_per_s',
      perSecond(n, pipeline.elapsedMs - pipeline.extractMs),
      'articles/s',
      n,
      {
        name: 'ingest.raw_unwind.articles_per_s',
        value: perSecond(n, rawMs),
      },
    ),
    measurement('ingest.extraction_share', pipeline.extractMs / pipeline.elapsedMs, 'fraction', n),
    measurement(
      'ingest.graph_count_mismatches',
      differences.length,
      'labels/types',
      Object.keys(writerCounts).length,
    ),
  ];
}
