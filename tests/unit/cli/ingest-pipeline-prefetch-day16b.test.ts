import { runIngestPipeline } from '../../../cli/ingest-pipeline';
import type { Graph } from '../../../graph/connection';
import { emptyWriteSummary } from '../../../graph/writer';
import type { ArticleToStore, WriteSummary } from '../../../graph/writer';
import type { ArticleInput, ExtractedArticle } from '../../../ingest/types';

// With extraction off the main thread, the window of items being extracted runs across batch boundaries:
// the threads keep extracting while the main thread waits for a write to commit. A stand-in `extract`
// records what was handed out; the writes finish only when the test says so.
const NO_GRAPH = null as unknown as Graph;

function input(n: number): ArticleInput {
  return { file: `a${n}.txt`, text: `Acme Corp ${n} buys Widgetly ${n}.` };
}

function extracted(file: string): ExtractedArticle {
  return { file, lang: 'en', entities: [], relations: [], events: [] } as unknown as ExtractedArticle;
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
const turns = async (n = 20) => {
  for (let i = 0; i < n; i++) await turn();
};

function harness(window: number, failOn?: string) {
  const handed: string[] = [];
  const written: string[][] = [];
  const releases: (() => void)[] = [];
  let pendingExtractions = 0;
  let maxPending = 0;
  const extract = async (article: ArticleInput): Promise<ExtractedArticle> => {
    handed.push(article.file);
    pendingExtractions += 1;
    maxPending = Math.max(maxPending, pendingExtractions);
    await turn();
    pendingExtractions -= 1;
    if (article.file === failOn) throw new Error(`cannot extract ${article.file}`);
    return extracted(article.file);
  };
  const write = (batch: ArticleToStore[]): Promise<WriteSummary> => {
    written.push(batch.map((a) => a.input.file));
    return new Promise((resolve) =>
      releases.push(() => resolve({ ...emptyWriteSummary(), articlesWritten: batch.length })),
    );
  };
  const options = {
    read: (n: number) => input(n),
    name: (n: number) => `a${n}.txt`,
    batchArticles: 2,
    write,
    extract,
    extractInFlight: window,
  };
  return { handed, written, releases, options, maxPending: () => maxPending };
}

describe('runIngestPipeline with extraction threads: the window crosses batch boundaries', () => {
  it('extracts the next batch while waiting for an earlier write, never more than the window', async () => {
    const h = harness(2);
    const running = runIngestPipeline(NO_GRAPH, [1, 2, 3, 4, 5, 6, 7], h.options);
    await turns();
    // Write 1 pending, batch 2 built and waiting for it: the window (2) already holds batch 3's items.
    expect(h.written).toEqual([['a1.txt', 'a2.txt']]);
    expect(h.handed).toEqual(['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt', 'a5.txt', 'a6.txt']);
    h.releases[0]();
    await turns();
    expect(h.written[1]).toEqual(['a3.txt', 'a4.txt']);
    expect(h.handed).toEqual(['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt', 'a5.txt', 'a6.txt', 'a7.txt']);
    h.releases[1]();
    await turns();
    h.releases[2]();
    await turns();
    h.releases[3]();
    const result = await running;
    expect(h.written).toEqual([['a1.txt', 'a2.txt'], ['a3.txt', 'a4.txt'], ['a5.txt', 'a6.txt'], ['a7.txt']]);
    expect(result.articlesWritten).toBe(7);
    expect(h.maxPending()).toBeLessThanOrEqual(2);
  });

  it('with a window of one still hands out exactly one item ahead, in input order', async () => {
    const h = harness(1);
    const running = runIngestPipeline(NO_GRAPH, [1, 2, 3, 4, 5], h.options);
    await turns();
    expect(h.handed).toEqual(['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt', 'a5.txt']);
    for (let i = 0; i < 3; i++) {
      h.releases[i]?.();
      await turns();
    }
    const result = await running;
    expect(h.written.flat()).toEqual(['a1.txt', 'a2.txt', 'a3.txt', 'a4.txt', 'a5.txt']);
    expect(result.articlesWritten).toBe(5);
    expect(h.maxPending()).toBe(1);
  });

  it('reports an item extracted ahead that fails in the batch it belongs to, and stores the others', async () => {
    const h = harness(3, 'a4.txt');
    const running = runIngestPipeline(NO_GRAPH, [1, 2, 3, 4, 5], h.options);
    for (let i = 0; i < 3; i++) {
      await turns();
      h.releases[i]?.();
    }
    const result = await running;
    expect(result.failures).toEqual([{ name: 'a4.txt', message: 'cannot extract a4.txt' }]);
    expect(h.written).toEqual([['a1.txt', 'a2.txt'], ['a3.txt'], ['a5.txt']]);
  });

  it('stops with a write error although items after it were already extracting', async () => {
    const h = harness(2);
    let calls = 0;
    const write = async (batch: ArticleToStore[]): Promise<WriteSummary> => {
      calls += 1;
      if (calls === 2) throw new Error('write failed');
      return { ...emptyWriteSummary(), articlesWritten: batch.length };
    };
    const run = runIngestPipeline(NO_GRAPH, [1, 2, 3, 4, 5, 6, 7, 8], { ...h.options, write });
    await expect(run).rejects.toThrow('write failed');
    expect(calls).toBe(2);
  });
});
