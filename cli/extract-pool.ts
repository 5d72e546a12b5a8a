import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleInput, ExtractedArticle } from '../ingest/types';
import type { ExtractReply, ExtractRequest } from './extract-worker';
import { projectRoot } from './paths';

export type ExtractPoolErrorCode =
  /** The pool was closed (shutdown) before this article was extracted. */
  | 'EXTRACT_POOL_CLOSED'
  /** The thread extracting this article died (crash, out of memory); a fresh one took its place. */
  | 'EXTRACT_WORKER_DIED'
  /** No compiled worker file: the worker runs compiled JavaScript, so dist/ must be built. */
  | 'EXTRACT_WORKER_MISSING';

export class ExtractPoolError extends Error {
  constructor(
    readonly code: ExtractPoolErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Extraction in worker threads: `extract` answers in any order; the caller bounds how many are pending. */
export interface ExtractPool {
  readonly size: number;
  extract(input: ArticleInput): Promise<ExtractedArticle>;
  /** Rejects what is still pending and terminates every thread; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * The compiled worker beside this file (running from dist/), else dist/'s copy (running from source under
 * ts-jest, which cannot hand TypeScript to a worker thread; `npm test` builds dist/ first).
 */
export function extractWorkerFile(): string {
  const candidates = [
    join(__dirname, 'extract-worker.js'),
    join(projectRoot(), 'dist', 'cli', 'extract-worker.js'),
  ];
  const found = candidates.find((file) => existsSync(file));
  if (found === undefined)
    throw new ExtractPoolError(
      'EXTRACT_WORKER_MISSING',
      `no compiled extraction worker (looked for ${candidates.join(', ')}); run npm run build`,
    );
  return found;
}

interface Task {
  id: number;
  input: ArticleInput;
  resolve: (extracted: ExtractedArticle) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/** Threads that may die (and be replaced) in one pool's life before it gives up: a thread that cannot even
 * load would otherwise be restarted forever. */
export const EXTRACT_POOL_MAX_RESTARTS = 3;

export interface ExtractPoolOptions {
  size: number;
  /** Starts one thread; the real extraction worker unless replaced (tests use small stand-ins). */
  spawn?: () => Worker;
}

export function createExtractPool(options: ExtractPoolOptions): ExtractPool {
  const spawn = options.spawn ?? (() => new Worker(extractWorkerFile()));
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let restarts = 0;
  let broken: ExtractPoolError | null = null;

  const dispatch = () => {
    for (const slot of slots) {
      if (slot.task !== null) continue;
      const task = queue.shift();
      if (task === undefined) return;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, input: task.input } satisfies ExtractRequest);
    }
  };

  const start = (): Slot => {
    const slot: Slot = { worker: spawn(), task: null };
    slot.worker.on('message', (reply: ExtractReply) => {
      const task = slot.task;
      if (task === null || task.id !== reply.id) return;
      slot.task = null;
      if (reply.ok) task.resolve(reply.extracted);
      else task.reject(new Error(reply.message));
      dispatch();
    });
    // 'error' (an uncaught throw or out of memory in the thread) is always followed by 'exit'.
    let death = 'exited';
    slot.worker.on('error', (error) => (death = error.message));
    slot.worker.on('exit', () => {
      if (closed) return;
      const index = slots.indexOf(slot);
      slot.task?.reject(new ExtractPoolError('EXTRACT_WORKER_DIED', `extraction thread died: ${death}`));
      slot.task = null;
      if (restarts >= EXTRACT_POOL_MAX_RESTARTS) {
        broken = new ExtractPoolError('EXTRACT_WORKER_DIED', `extraction threads keep dying, last: ${death}`);
        if (index >= 0) slots.splice(index, 1);
        if (slots.length === 0) for (const task of queue.splice(0)) task.reject(broken);
        return;
      }
      restarts += 1;
      if (index >= 0) slots[index] = start();
      dispatch();
    });
    return slot;
  };

  for (let i = 0; i < options.size; i++) slots.push(start());

  return {
    size: options.size,
    extract(input) {
      if (closed)
        return Promise.reject(new ExtractPoolError('EXTRACT_POOL_CLOSED', 'extraction pool is closed'));
      if (broken !== null && slots.length === 0) return Promise.reject(broken);
      return new Promise<ExtractedArticle>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      const closedError = () =>
        new ExtractPoolError('EXTRACT_POOL_CLOSED', 'extraction pool closed before this article');
      for (const task of queue.splice(0)) task.reject(closedError());
      for (const slot of slots) slot.task?.reject(closedError());
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/**
 * Articles handed to the pool per thread at once: two, so a thread finds its next article waiting when it
 * answers instead of idling for a round trip through the main thread's event loop.
 */
export const EXTRACTIONS_IN_FLIGHT_PER_WORKER = 2;

/** A pool of `workers` threads, or null for extraction on the main thread (`workers` = 0). */
export function openExtractPool(workers: number): ExtractPool | null {
  return workers > 0 ? createExtractPool({ size: workers }) : null;
}

/** The pipeline options that send extraction to `pool` (none: extraction on the main thread). */
export function extractionThrough(pool: ExtractPool | null): {
  extract?: (input: ArticleInput) => Promise<ExtractedArticle>;
  extractInFlight?: number;
} {
  if (pool === null) return {};
  return {
    extract: (input) => pool.extract(input),
    extractInFlight: pool.size * EXTRACTIONS_IN_FLIGHT_PER_WORKER,
  };
}
