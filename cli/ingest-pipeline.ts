import type { Graph } from '../graph/connection';
import type { ArticleToStore, WriteSummary } from '../graph/writer';
import { emptyWriteSummary, writeArticles } from '../graph/writer';
import { extractArticle } from '../ingest/extract';
import type { ArticleInput, ExtractedArticle } from '../ingest/types';

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
  /**
   * Extraction off the main thread (an ExtractPool's `extract`); extractArticle on this thread when absent.
   * Results are stored in input order whatever order they come back in.
   */
  extract?: (input: ArticleInput) => Promise<ExtractedArticle>;
  /** Items read and extracting at once with `extract` (the back-pressure bound); 1 without it. */
  extractInFlight?: number;
}

export interface PipelineResult extends WriteSummary {
  items: number;
  failures: ItemFailure[];
  /** Relations plus events extracted. */
  extractedFacts: number;
  elapsedMs: number;
  /**
   * Time the main loop spent producing batches (reading and extracting, or waiting for the threads that
   * extract); it overlaps the writes, so it is not a share of elapsedMs to subtract.
   */
  extractMs: number;
  /** Time spent waiting for a write to finish with nothing left to extract: the pipeline's write-bound part. */
  writeWaitMs: number;
  stored: ArticleToStore[];
}

/** The writer's counts, added up batch by batch. */
const SUMMARY_KEYS = Object.keys(emptyWriteSummary()) as (keyof WriteSummary)[];

type Settled = { ok: true; summary: WriteSummary } | { ok: false; error: unknown };

type Produced =
  | { ok: true; article: ArticleToStore }
  | { ok: false; failure: ItemFailure }
  /** Not the item's fault (the extraction threads were closed): the run stops. */
  | { ok: false; fatal: unknown };

/** Errors that end the run instead of skipping one item. */
const RUN_STOPPING_CODES = new Set(['EXTRACT_POOL_CLOSED']);

function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Gives the event loop a turn, so the driver can send the next statement and take in replies. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * read → extract → write in batches, with batch n+1 read and extracted while batch n is being written.
 * With `extract` (worker threads) the main thread only reads, hands out and collects, so the driver is never
 * starved; without it extraction runs here and yields after every article so the in-flight write keeps
 * moving. Memory stays bounded: one batch being written, one being built, `extractInFlight` items pending.
 * An item that cannot be read or extracted is reported by name and skipped; a failed write (or closed
 * extraction threads) stops the run with that error, after every earlier batch has been committed.
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

  const produce = async (item: T): Promise<Produced> => {
    try {
      const input = await options.read(item);
      const extracted = options.extract ? await options.extract(input) : extractArticle(input);
      return { ok: true, article: { input, extracted } };
    } catch (err) {
      if (RUN_STOPPING_CODES.has((err as { code?: string }).code ?? '')) return { ok: false, fatal: err };
      return { ok: false, failure: { name: options.name(item), message: (err as Error).message } };
    }
  };
  const window = options.extract ? Math.max(1, options.extractInFlight ?? 1) : 1;
  // With threads the window runs across batch boundaries: while the main thread waits for batch n−1's write
  // to commit, the threads already extract batch n+1's first items instead of idling (that wait was 4–7 % of
  // a run with one thread). On this thread extraction would block the write's wait, so it stays per batch.
  const acrossBatches = options.extract !== undefined;
  // At most `window` items read and extracting; awaited in input order, so the graph is the same whatever
  // order the threads finish in (the first article to name an entity gives it its name, as with one thread).
  const pending: Promise<Produced>[] = [];
  let next = 0;

  for (let i = 0; i < items.length; i += batchSize) {
    const batch: ArticleToStore[] = [];
    const end = Math.min(i + batchSize, items.length);
    const limit = acrossBatches ? items.length : end;
    const extractStart = process.hrtime.bigint();
    while (next < limit && pending.length < window) pending.push(produce(items[next++]));
    let yieldedMs = 0;
    for (let taken = i; taken < end; taken++) {
      const produced = await (pending.shift() as Promise<Produced>);
      if (produced.ok) batch.push(produced.article);
      else if ('fatal' in produced) throw produced.fatal;
      else result.failures.push(produced.failure);
      // Before the next item starts: on this thread its extraction would run inside the yield's wait.
      if (!options.extract && inFlight !== null) {
        const yieldStart = process.hrtime.bigint();
        await yieldToEventLoop();
        yieldedMs += msSince(yieldStart);
      }
      if (next < limit) pending.push(produce(items[next++]));
    }
    result.extractMs += msSince(extractStart) - yieldedMs;
    for (const a of batch) result.extractedFacts += a.extracted.relations.length + a.extracted.events.length;
    if (options.keep) result.stored.push(...batch);
    await settle();
    const done = end;
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
