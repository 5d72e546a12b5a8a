import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../ingest/extract';
import type { ArticleInput, ExtractedArticle } from '../ingest/types';

/**
 * One extraction worker thread of cli/extract-pool.ts: takes one article at a time, answers with its
 * extraction or with the error message, so one bad article never takes the thread (or the run) down.
 */

export interface ExtractRequest {
  id: number;
  input: ArticleInput;
}

export type ExtractReply =
  { id: number; ok: true; extracted: ExtractedArticle } | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  port.on('message', (request: ExtractRequest) => {
    let reply: ExtractReply;
    try {
      reply = { id: request.id, ok: true, extracted: extractArticle(request.input) };
    } catch (error) {
      reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
