import type { Graph } from '../graph/connection';
import type { ArticleToStore, WriteSummary } from '../graph/writer';
import { emptyWriteSummary, writeArticles } from '../graph/writer';
import { extractArticle } from '../ingest/extract';
import type { ArticleInput } from '../ingest/types';

/** Articles extracted before one batched write: large enough to amortise round trips and planning, small
 * enough that a batch's rows stay a few MB and a failed write loses little work. */
export const INGEST_BATCH_ARTICLES = 200;

export interface ItemFailure {
  /** What the item is called in a report: a file path for the CLI. */
  name: string;
  message: string;
}

export interface PipelineOptions<T> {
  /** Turns an item into an article (reads a file, or returns an article already in memory); may throw. */
  read: (item: T) => ArticleInput | Promise<ArticleInput>;
  /** Names an item in a failure. */
  name: (item: T) => string;
  batchArticles?: number;
  /** Keep every extracted article in the result (the bench replays them through other writers). */
  keep?: boolean;
  /** After each batch is stored: items handled so far (stored, skipped or failed) out of the total. */
  onBatch?: (done: number, total: number) => void;
  /** Stores one batch; writeArticles into `graph` unless replaced (tests of the overlap itself). */
  write?: (batch: ArticleToStore[]) => Promise<WriteSummary>;
}

export interface PipelineResult extends WriteSummary {
  items: number;
  failures: ItemFailure[];
  /** Relations plus events extracted. */
  extractedFacts: number;
  elapsedMs: number;
  /** Time spent reading and extracting; it overlaps the writes, so it is not a share of elapsedMs to subtract. */
  extractMs: number;
  /** Time spent waiting for a write to finish with nothing left to extract: the pipeline's write-bound part. */
  writeWaitMs: number;
  stored: ArticleToStore[];
}

/** The writer's counts, added up batch by batch. */
const SUMMARY_KEYS = Object.keys(emptyWriteSummary()) as (keyof WriteSummary)[];

type Settled = { ok: true; summary: WriteSummary } | { ok: false; error: unknown };

function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Gives the event loop a turn, so the driver can send the next statement and take in replies. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * read → extract → write in batches, with batch n+1 read and extracted while batch n is being written:
 * Node extracts while Neo4j's JVM works on the other core. Extraction yields after every article so the
 * in-flight write keeps moving. An item that cannot be read or extracted is reported by name and skipped;
 * a failed write stops the run with that error, after every earlier batch has been committed.
 */
export async function runIngestPipeline<T>(
  graph: Graph,
  items: readonly T[],
  options: PipelineOptions<T>,
): Promise<PipelineResult> {
  const batchSize = options.batchArticles ?? INGEST_BATCH_ARTICLES;
  const result: PipelineResult = {
    items: items.length,
    failures: [],
    extractedFacts: 0,
    elapsedMs: 0,
    extractMs: 0,
    writeWaitMs: 0,
    stored: [],
    ...emptyWriteSummary(),
  };
  const write = options.write ?? ((batch: ArticleToStore[]) => writeArticles(graph, batch));
  const start = process.hrtime.bigint();
  let inFlight: { promise: Promise<Settled>; done: number } | null = null;

  const settle = async (): Promise<void> => {
    if (inFlight === null) return;
    const waitStart = process.hrtime.bigint();
    const outcome = await inFlight.promise;
    result.writeWaitMs += msSince(waitStart);
    if (!outcome.ok) throw outcome.error;
    for (const key of SUMMARY_KEYS) result[key] += outcome.summary[key];
    options.onBatch?.(inFlight.done, items.length);
    inFlight = null;
  };

  for (let i = 0; i < items.length; i += batchSize) {
    const batch: ArticleToStore[] = [];
    for (const item of items.slice(i, i + batchSize)) {
      const extractStart = process.hrtime.bigint();
      try {
        const input = await options.read(item);
        batch.push({ input, extracted: extractArticle(input) });
      } catch (err) {
        result.failures.push({ name: options.name(item), message: (err as Error).message });
      }
      result.extractMs += msSince(extractStart);
      if (inFlight !== null) await yieldToEventLoop();
    }
    for (const a of batch) result.extractedFacts += a.extracted.relations.length + a.extracted.events.length;
    if (options.keep) result.stored.push(...batch);
    await settle();
    const done = Math.min(i + batchSize, items.length);
    // Settled at once into a value, so a failure waits for settle() instead of being an unhandled rejection.
    const promise: Promise<Settled> =
      batch.length === 0
        ? Promise.resolve({ ok: true, summary: emptyWriteSummary() })
        : write(batch).then(
            (summary): Settled => ({ ok: true, summary }),
            (error: unknown): Settled => ({ ok: false, error }),
          );
    inFlight = { promise, done };
  }
  await settle();
  result.elapsedMs = msSince(start);
  return result;
}
