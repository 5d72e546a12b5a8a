import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../ingest/types';

/**
 * One worker thread of the extraction benchmark. It loads only what its mode needs (so the memory
 * figures of the two modes are comparable), warms up untimed, then works through its share on "go".
 */

export type ExtractionMode = 'extract' | 'compromise';

export interface ExtractWorkerData {
  mode: ExtractionMode;
  articles: ArticleInput[];
  warmupArticles: ArticleInput[];
}

export type ExtractWorkerMessage =
  | { kind: 'ready' }
  | { kind: 'done'; articles: number; facts: number; busyMs: number }
  | { kind: 'failed'; message: string };

type ProcessOne = (article: ArticleInput) => number;

async function loadProcessor(mode: ExtractionMode): Promise<ProcessOne> {
  if (mode === 'extract') {
    const { extractArticle } = await import('../ingest/extract');
    return (article) => {
      const out = extractArticle(article);
      return out.relations.length + out.events.length;
    };
  }
  const nlp = (await import('compromise')).default;
  // The bare parse only: tokenising, tagging, no match or extraction on top.
  return (article) => (nlp(article.text) ? 0 : 0);
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const data = workerData as ExtractWorkerData;
  try {
    const processOne = await loadProcessor(data.mode);
    for (const article of data.warmupArticles) processOne(article);
    port.postMessage({ kind: 'ready' } satisfies ExtractWorkerMessage);
    port.once('message', () => {
      const start = process.hrtime.bigint();
      let facts = 0;
      for (const article of data.articles) facts += processOne(article);
      const busyMs = Number(process.hrtime.bigint() - start) / 1e6;
      port.postMessage({
        kind: 'done',
        articles: data.articles.length,
        facts,
        busyMs,
      } satisfies ExtractWorkerMessage);
    });
  } catch (error) {
    port.postMessage({ kind: 'failed', message: String(error) } satisfies ExtractWorkerMessage);
  }
}

void main();
