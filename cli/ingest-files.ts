import path from 'node:path';
import type { Graph } from '../graph/connection';
import type { WriteSummary } from '../graph/writer';
import { listArticleFiles, readArticleFile } from '../ingest/read';
import type { ExtractPool } from './extract-pool';
import { extractionThrough } from './extract-pool';
import { countEntitiesAndDeals } from './graph-counts';
import { INGEST_BATCH_ARTICLES, runIngestPipeline } from './ingest-pipeline';

/** Files read and extracted before one batched write (the pipeline's batch). */
export const INGEST_BATCH_SIZE_ARTICLES = INGEST_BATCH_ARTICLES;

export interface FileFailure {
  file: string;
  message: string;
}

/**
 * The writer's per-batch `entities` and `deals` count what each batch touched, so an entity a later batch
 * updates would be counted again; the report gives instead what the run added to the graph.
 */
export interface IngestReport extends Omit<WriteSummary, 'entities' | 'deals'> {
  files: number;
  failures: FileFailure[];
  /** Entity nodes in the graph after the run minus before (another writer at the same time would count too). */
  entitiesAdded: number;
  /** Deal nodes in the graph after the run minus before. */
  dealsAdded: number;
}

/** Folder notes such as seeds/README.md describe the articles; they are not articles themselves. */
export function isFolderNote(file: string): boolean {
  return /^readme(\.[a-z]+)?$/i.test(path.basename(file));
}

/**
 * read → extract → write for files and folders (cli/ingest-pipeline.ts), extracting in `pool`'s threads
 * when given (the caller owns and closes it), else on this thread. A file that cannot be read or extracted
 * is reported by name and skipped: one bad file never loses the rest of the run, nor anything already stored.
 */
export async function ingestFiles(
  graph: Graph,
  paths: string[],
  onProgress: (done: number, total: number) => void = () => undefined,
  batchArticles: number = INGEST_BATCH_SIZE_ARTICLES,
  pool: ExtractPool | null = null,
): Promise<IngestReport> {
  const files = (await listArticleFiles(paths)).filter((f) => !isFolderNote(f));
  const before = await countEntitiesAndDeals(graph);
  const run = await runIngestPipeline(graph, files, {
    read: readArticleFile,
    name: (file) => file,
    batchArticles,
    onBatch: onProgress,
    ...extractionThrough(pool),
  });
  const after = await countEntitiesAndDeals(graph);
  return {
    files: files.length,
    failures: run.failures.map(({ name, message }) => ({ file: name, message })),
    articlesWritten: run.articlesWritten,
    articlesSkipped: run.articlesSkipped,
    entitiesAdded: after.entities - before.entities,
    mentions: run.mentions,
    dealsAdded: after.deals - before.deals,
    facts: run.facts,
    relationsDropped: run.relationsDropped,
  };
}

export function describeIngestReport(report: IngestReport): string {
  const lines = [
    `${report.files} file(s): ${report.articlesWritten} article(s) stored, ${report.articlesSkipped} already present; ` +
      `${report.entitiesAdded} new entities, ${report.dealsAdded} new deals, ${report.facts} facts written`,
  ];
  for (const failure of report.failures) lines.push(`  skipped ${failure.file}: ${failure.message}`);
  return lines.join('\n');
}
