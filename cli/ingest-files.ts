import path from 'node:path';
import type { Graph } from '../graph/connection';
import type { ArticleToStore, WriteSummary } from '../graph/writer';
import { writeArticles } from '../graph/writer';
import { extractArticle } from '../ingest/extract';
import { listArticleFiles, readArticleFile } from '../ingest/read';

/** Articles extracted before one batched write: large enough to amortise round trips, small enough to
 * keep memory flat on big folders. */
export const INGEST_BATCH_SIZE_ARTICLES = 200;

export interface FileFailure {
  file: string;
  message: string;
}

export interface IngestReport extends WriteSummary {
  files: number;
  failures: FileFailure[];
}

const SUMMARY_KEYS = [
  'articlesWritten',
  'articlesSkipped',
  'entities',
  'mentions',
  'deals',
  'facts',
  'relationsDropped',
] as const satisfies readonly (keyof WriteSummary)[];

function emptySummary(): WriteSummary {
  return Object.fromEntries(SUMMARY_KEYS.map((key) => [key, 0])) as unknown as WriteSummary;
}

/** Folder notes such as seeds/README.md describe the articles; they are not articles themselves. */
export function isFolderNote(file: string): boolean {
  return /^readme(\.[a-z]+)?$/i.test(path.basename(file));
}

/**
 * read → extract → write for files and folders. A file that cannot be read or extracted is reported by
 * name and skipped: one bad file never loses the rest of the run, nor anything already stored.
 */
export async function ingestFiles(
  graph: Graph,
  paths: string[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<IngestReport> {
  const files = (await listArticleFiles(paths)).filter((f) => !isFolderNote(f));
  const report: IngestReport = { files: files.length, failures: [], ...emptySummary() };
  for (let i = 0; i < files.length; i += INGEST_BATCH_SIZE_ARTICLES) {
    const batch: ArticleToStore[] = [];
    for (const file of files.slice(i, i + INGEST_BATCH_SIZE_ARTICLES)) {
      try {
        const input = await readArticleFile(file);
        batch.push({ input, extracted: extractArticle(input) });
      } catch (err) {
        report.failures.push({ file, message: (err as Error).message });
      }
    }
    if (batch.length > 0) {
      const summary = await writeArticles(graph, batch);
      for (const key of SUMMARY_KEYS) report[key] += summary[key];
    }
    onProgress(Math.min(i + INGEST_BATCH_SIZE_ARTICLES, files.length), files.length);
  }
  return report;
}

export function describeIngestReport(report: IngestReport): string {
  const lines = [
    `${report.files} file(s): ${report.articlesWritten} article(s) stored, ${report.articlesSkipped} already present; ` +
      `${report.entities} entities, ${report.deals} deals, ${report.facts} facts written`,
  ];
  for (const failure of report.failures) lines.push(`  skipped ${failure.file}: ${failure.message}`);
  return lines.join('\n');
}
