import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { ExtractWorkerData, ExtractWorkerMessage } from './extract-worker';
import { extractionCorpus, type ExtractionRunResult, type ExtractionRunSpec } from './extraction-run';
import { warmupArticles } from './extraction-warmup';
import { countWords } from './reuters';

/**
 * A child process per extraction run, so that maxRSS (a process-lifetime high-water mark) belongs to that
 * run alone. Spec comes as argv[2] (JSON); the result goes back over the IPC channel.
 */

function startWorker(data: ExtractWorkerData): {
  worker: Worker;
  ready: Promise<void>;
  done: Promise<ExtractWorkerMessage>;
} {
  const worker = new Worker(join(__dirname, 'extract-worker.js'), { workerData: data });
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const done = new Promise<ExtractWorkerMessage>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (message: ExtractWorkerMessage) => {
      if (message.kind === 'ready') onReady();
      else if (message.kind === 'failed') reject(new Error(message.message));
      else resolve(message);
    });
  });
  return { worker, ready, done };
}

async function run(spec: ExtractionRunSpec): Promise<ExtractionRunResult> {
  const articles = extractionCorpus(spec);
  const words = articles.reduce((sum, a) => sum + countWords(a.text), 0);
  const shards = Array.from({ length: spec.workers }, (_, w) =>
    articles.filter((_a, i) => i % spec.workers === w),
  );
  const warmup = warmupArticles(articles, spec.warmupWords);
  const workers = shards.map((shard) =>
    startWorker({ mode: spec.mode, articles: shard, warmupArticles: warmup }),
  );
  await Promise.all(workers.map((w) => w.ready));
  const start = process.hrtime.bigint();
  for (const w of workers) w.worker.postMessage('go');
  const results = await Promise.all(workers.map((w) => w.done));
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  await Promise.all(workers.map((w) => w.worker.terminate()));
  const facts = results.reduce((sum, r) => sum + (r.kind === 'done' ? r.facts : 0), 0);
  return {
    spec,
    articles: articles.length,
    words,
    facts,
    elapsedMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

run(JSON.parse(process.argv[2]) as ExtractionRunSpec).then(
  (result) => process.send?.(result, () => process.exit(0)),
  (error: unknown) => {
    process.stderr.write(`extraction run failed: ${String(error)}\n`);
    process.exit(1);
  },
);
