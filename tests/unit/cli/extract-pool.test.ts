import { Worker } from 'node:worker_threads';
import { createExtractPool, type ExtractPool } from '../../../cli/extract-pool';
import { runIngestPipeline } from '../../../cli/ingest-pipeline';
import { extractionThrough } from '../../../cli/extract-pool';
import type { Graph } from '../../../graph/connection';
import { emptyWriteSummary, type ArticleToStore, type WriteSummary } from '../../../graph/writer';
import type { ArticleInput } from '../../../ingest/types';

/**
 * A stand-in extraction thread speaking the real worker's protocol: it answers after `delay:<ms>` in the
 * text, fails an article whose text says `fail`, and dies on `crash`. It counts the requests it holds so the
 * tests can see how many articles were handed out at once.
 */
const FIXTURE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, input }) => {
  if (input.text.includes('crash')) process.exit(3);
  const delay = Number((/delay:(\\d+)/.exec(input.text) || [0, 0])[1]);
  setTimeout(() => {
    if (input.text.includes('fail')) parentPort.postMessage({ id, ok: false, message: 'cannot read ' + input.file });
    else parentPort.postMessage({ id, ok: true, extracted: { file: input.file, lang: 'en', title: null,
      published: null, entities: [], relations: [], events: [] } });
  }, delay);
});
`;

const NO_GRAPH = null as unknown as Graph;

function article(file: string, text = 'text'): ArticleInput {
  return { file, text };
}

describe('createExtractPool', () => {
  let pool: ExtractPool | null = null;
  let spawned = 0;
  const open = (size: number) => {
    pool = createExtractPool({
      size,
      spawn: () => {
        spawned += 1;
        return new Worker(FIXTURE, { eval: true });
      },
    });
    return pool;
  };

  beforeEach(() => (spawned = 0));
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('answers every article, the quick ones first when threads are free', async () => {
    const p = open(2);
    const finished: string[] = [];
    const track = (file: string, text: string) =>
      p.extract(article(file, text)).then((out) => finished.push(out.file));
    await Promise.all([track('slow', 'delay:300'), track('quick', 'delay:0')]);
    expect(finished).toEqual(['quick', 'slow']);
  });

  it('fails one article with its own message and goes on with the next on the same thread', async () => {
    const p = open(1);
    const bad = p.extract(article('bad.txt', 'fail'));
    const good = p.extract(article('good.txt'));
    await expect(bad).rejects.toThrow('cannot read bad.txt');
    await expect(good).resolves.toMatchObject({ file: 'good.txt' });
    expect(spawned).toBe(1);
  });

  it('rejects the article whose thread died, replaces the thread, and extracts the rest', async () => {
    const p = open(1);
    const crashed = p.extract(article('crash.txt', 'crash'));
    const after = p.extract(article('after.txt'));
    await expect(crashed).rejects.toMatchObject({ code: 'EXTRACT_WORKER_DIED' });
    await expect(after).resolves.toMatchObject({ file: 'after.txt' });
    expect(spawned).toBe(2);
  });

  it('gives up after threads keep dying instead of restarting them forever', async () => {
    const p = open(1);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => p.extract(article(`c${i}.txt`, 'crash'))),
    );
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    expect(spawned).toBeLessThanOrEqual(4);
    await expect(p.extract(article('late.txt'))).rejects.toMatchObject({ code: 'EXTRACT_WORKER_DIED' });
  });

  it('on close rejects what is pending, terminates its threads and refuses new work', async () => {
    const p = open(1);
    const exits: Promise<number>[] = [];
    const slowPool = createExtractPool({
      size: 2,
      spawn: () => {
        const worker = new Worker(FIXTURE, { eval: true });
        exits.push(new Promise((resolve) => worker.once('exit', resolve)));
        return worker;
      },
    });
    const pending = [
      slowPool.extract(article('a', 'delay:5000')),
      slowPool.extract(article('b', 'delay:5000')),
    ];
    const queued = slowPool.extract(article('c'));
    await slowPool.close();
    for (const promise of [...pending, queued])
      await expect(promise).rejects.toMatchObject({ code: 'EXTRACT_POOL_CLOSED' });
    await expect(Promise.all(exits)).resolves.toHaveLength(2);
    await expect(slowPool.extract(article('d'))).rejects.toMatchObject({ code: 'EXTRACT_POOL_CLOSED' });
    await p.close();
    await expect(p.extract(article('e'))).rejects.toMatchObject({ code: 'EXTRACT_POOL_CLOSED' });
  });
});

describe('runIngestPipeline with extraction threads', () => {
  let pool: ExtractPool;
  let handedOut = 0;
  let maxHandedOut = 0;

  beforeEach(() => {
    handedOut = 0;
    maxHandedOut = 0;
    pool = createExtractPool({ size: 2, spawn: () => new Worker(FIXTURE, { eval: true }) });
  });
  afterEach(() => pool.close());

  /** The pool's extract, counting the articles handed out and not yet answered. */
  const countingExtraction = () => {
    const through = extractionThrough(pool);
    return {
      ...through,
      extract: (input: ArticleInput) => {
        handedOut += 1;
        maxHandedOut = Math.max(maxHandedOut, handedOut);
        return pool.extract(input).finally(() => (handedOut -= 1));
      },
    };
  };

  it('writes in input order although later articles finish first, and never hands out more than its bound', async () => {
    // Delays fall from first to last, so the threads answer roughly in reverse order within a window.
    const items = Array.from({ length: 12 }, (_, i) => i);
    const written: string[] = [];
    const result = await runIngestPipeline(NO_GRAPH, items, {
      read: (i) => article(`a${i}.txt`, `delay:${(12 - i) * 15}`),
      name: (i) => `a${i}.txt`,
      batchArticles: 5,
      write: async (batch: ArticleToStore[]): Promise<WriteSummary> => {
        written.push(...batch.map((a) => a.extracted.file));
        return { ...emptyWriteSummary(), articlesWritten: batch.length };
      },
      ...countingExtraction(),
    });
    expect(written).toEqual(items.map((i) => `a${i}.txt`));
    expect(result.articlesWritten).toBe(12);
    const bound = extractionThrough(pool).extractInFlight ?? 0;
    expect(bound).toBeGreaterThan(1);
    expect(maxHandedOut).toBe(bound);
  });

  it('names the article that failed in its thread and stores the others', async () => {
    const written: string[] = [];
    const result = await runIngestPipeline(NO_GRAPH, ['one', 'two', 'three'], {
      read: (name) => article(`${name}.txt`, name === 'two' ? 'fail' : 'ok'),
      name: (name) => `${name}.txt`,
      write: async (batch) => {
        written.push(...batch.map((a) => a.input.file));
        return { ...emptyWriteSummary(), articlesWritten: batch.length };
      },
      ...extractionThrough(pool),
    });
    expect(result.failures).toEqual([{ name: 'two.txt', message: 'cannot read two.txt' }]);
    expect(written).toEqual(['one.txt', 'three.txt']);
  });

  it('stops the run, rather than skipping every file, when the threads are closed under it', async () => {
    let written = 0;
    const run = runIngestPipeline(
      NO_GRAPH,
      Array.from({ length: 10 }, (_, i) => i),
      {
        read: (i) => article(`a${i}.txt`, 'delay:20'),
        name: (i) => `a${i}.txt`,
        batchArticles: 2,
        write: async (batch) => {
          written += 1;
          if (written === 1) await pool.close();
          return { ...emptyWriteSummary(), articlesWritten: batch.length };
        },
        ...extractionThrough(pool),
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'EXTRACT_POOL_CLOSED' });
    // The extraction window runs ahead across batch ends, so the batch after the first may have been fully
    // extracted before the close and still be written; the run stops at the first item the close cut off.
    expect(written).toBeLessThanOrEqual(2);
  });
});
