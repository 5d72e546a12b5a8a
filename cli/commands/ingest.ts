import { readGraphConfig } from '../../graph/config';
import { openGraph } from '../../graph/connection';
import { migrate } from '../../graph/migrations';
import { openExtractPool } from '../extract-pool';
import { createProgress } from '../progress';
import { describeIngestReport, ingestFiles } from '../ingest-files';
import { installShutdown } from '../shutdown';

/**
 * `ingest`: extraction threads and the driver are closed on every way out — the end, an error (here, before
 * the error is reported) and Ctrl-C (the shutdown closers, threads first, then the driver and Neo4j).
 */
export async function runIngest(paths: string[], extractWorkers: number): Promise<number> {
  const log = (line: string) => process.stderr.write(line + '\n');
  const shutdown = installShutdown(log);
  const graph = await openGraph(readGraphConfig(), log);
  shutdown.add(() => graph.close());
  const pool = openExtractPool(extractWorkers);
  if (pool !== null) shutdown.add(() => pool.close());
  try {
    await migrate(graph);
    const progress = createProgress('ingest');
    const report = await ingestFiles(
      graph,
      paths,
      (done, total) => progress.tick(done, total),
      undefined,
      pool,
    );
    progress.finish();
    log(describeIngestReport(report));
    return report.failures.length > 0 ? 1 : 0;
  } catch (error) {
    // Ctrl-C closed the threads and the driver under the run: the shutdown ends the process, not this error.
    if (shutdown.isShuttingDown()) return shutdown.shutdown(0);
    throw error;
  } finally {
    await pool?.close();
    await graph.close();
  }
}
