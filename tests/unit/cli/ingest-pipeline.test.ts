import { runIngestPipeline } from '../../../cli/ingest-pipeline';
import type { Graph } from '../../../graph/connection';
import { emptyWriteSummary } from '../../../graph/writer';
import type { ArticleToStore, WriteSummary } from '../../../graph/writer';
import type { ArticleInput } from '../../../ingest/types';

// The writer is replaced through the pipeline's `write` option: these tests are about the overlap and the
// error paths, not about Neo4j (tests/integration/cli/ingest-pipeline.test.ts writes for real).
const NO_GRAPH = null as unknown as Graph;

function input(n: number): ArticleInput {
  return { file: `a${n}.txt`, text: `Acme Corp ${n} buys Widgetly ${n}.` };
}

function summaryOf(batch: ArticleToStore[]): WriteSummary {
  return { ...emptyWriteSummary(), articlesWritten: batch.length };
}

/** A write that finishes only when the test says so, recording when it started. */
function controlledWrites(events: string[]) {
  const releases: (() => void)[] = [];
  const write = (batch: ArticleToStore[]): Promise<WriteSummary> => {
    events.push(`write ${batch.map((a) => a.input.file).join(',')}`);
    return new Promise((resolve) => releases.push(() => resolve(summaryOf(batch))));
  };
  return { write, releases };
}

describe('runIngestPipeline', () => {
  it('reads and extracts the next batch while the previous one is still being written', async () => {
    const events: string[] = [];
    const { write, releases } = controlledWrites(events);
    const items = [1, 2, 3, 4, 5];
    const running = runIngestPipeline(NO_GRAPH, items, {
      read: (n) => {
        events.push(`read a${n}.txt`);
        return input(n);
      },
      name: (n) => `a${n}.txt`,
      batchArticles: 2,
      write,
    });
    // Let the pipeline run until it needs a write to finish.
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 20; i++) await settle();
    // Batch 2 was read while batch 1's write was still pending; batch 3 waits for write 1 to settle first.
    expect(events).toEqual([
      'read a1.txt',
      'read a2.txt',
      'write a1.txt,a2.txt',
      'read a3.txt',
      'read a4.txt',
    ]);
    releases[0]();
    for (let i = 0; i < 20; i++) await settle();
    expect(events.slice(5)).toEqual(['write a3.txt,a4.txt', 'read a5.txt']);
    releases[1]();
    for (let i = 0; i < 20; i++) await settle();
    releases[2]();
    const result = await running;
    expect(result.articlesWritten).toBe(5);
    expect(result.extractedFacts).toBeGreaterThanOrEqual(0);
  });

  it('names an item that cannot be read and stores the others', async () => {
    const written: string[] = [];
    const result = await runIngestPipeline(NO_GRAPH, [1, 2, 3], {
      read: (n) => {
        if (n === 2) throw new Error('not an article');
        return input(n);
      },
      name: (n) => `file-${n}.txt`,
      batchArticles: 2,
      write: async (batch) => {
        written.push(...batch.map((a) => a.input.file));
        return summaryOf(batch);
      },
    });
    expect(result.failures).toEqual([{ name: 'file-2.txt', message: 'not an article' }]);
    expect(written).toEqual(['a1.txt', 'a3.txt']);
    expect(result.articlesWritten).toBe(2);
  });

  it('stops with the write error after counting and reporting every earlier batch', async () => {
    const progress: number[] = [];
    let calls = 0;
    const run = runIngestPipeline(NO_GRAPH, [1, 2, 3, 4, 5, 6], {
      read: input,
      name: String,
      batchArticles: 2,
      onBatch: (done) => progress.push(done),
      write: async (batch) => {
        calls += 1;
        if (calls === 2) throw Object.assign(new Error('Neo4j went away'), { code: 'NEO4J_UNAVAILABLE' });
        return summaryOf(batch);
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'NEO4J_UNAVAILABLE' });
    // The first batch was stored and reported; nothing after the failed one was written.
    expect(progress).toEqual([2]);
    expect(calls).toBe(2);
  });

  it('keeps the extracted articles only when asked, and reports progress out of the total', async () => {
    const progress: [number, number][] = [];
    const kept = await runIngestPipeline(NO_GRAPH, [1, 2, 3], {
      read: input,
      name: String,
      batchArticles: 2,
      keep: true,
      onBatch: (done, total) => progress.push([done, total]),
      write: async (batch) => summaryOf(batch),
    });
    expect(kept.stored.map((a) => a.input.file)).toEqual(['a1.txt', 'a2.txt', 'a3.txt']);
    expect(progress).toEqual([
      [2, 3],
      [3, 3],
    ]);
    const notKept = await runIngestPipeline(NO_GRAPH, [1], {
      read: input,
      name: String,
      write: async (batch) => summaryOf(batch),
    });
    expect(notKept.stored).toEqual([]);
  });
});
