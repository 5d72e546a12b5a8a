import { readGraphConfig } from '../../graph/config';
import { openGraph } from '../../graph/connection';
import { migrate } from '../../graph/migrations';
import { readServerConfig, startServer } from '../../server';
import { createArticleStore } from '../api-article-store';
import { openExtractPool } from '../extract-pool';
import { resolveExtractWorkers } from '../extract-workers';
import { createProgress } from '../progress';
import { describeIngestReport, ingestFiles } from '../ingest-files';
import { installShutdown } from '../shutdown';

/**
 * `serve` opens the graph and serves GraphQL; `start` (what `npm start` runs) first ingests the seeds.
 * Both stay up until Ctrl-C or SIGTERM, then stop the server, the driver and an embedded Neo4j in order.
 */
export async function runServe(options: { seeds?: string[]; port?: string }): Promise<void> {
  const log = (line: string) => process.stderr.write(line + '\n');
  const shutdown = installShutdown(log);
  const graph = await openGraph(readGraphConfig(), log);
  shutdown.add(() => graph.close());
  await migrate(graph);
  log(`dealgraph: Neo4j at ${graph.uri}${graph.embedded ? ' (embedded)' : ''}`);

  if (options.seeds && options.seeds.length > 0) {
    const progress = createProgress('ingest seeds');
    const pool = openExtractPool(resolveExtractWorkers(undefined, process.env));
    if (pool !== null) shutdown.add(() => pool.close());
    const report = await ingestFiles(
      graph,
      options.seeds,
      (done, total) => progress.tick(done, total),
      undefined,
      pool,
    ).finally(() => pool?.close());
    progress.finish();
    log(describeIngestReport(report));
  }

  const serverConfig = readServerConfig(process.env);
  const port = options.port !== undefined ? parsePort(options.port) : serverConfig.port;
  const server = await startServer({
    graph,
    port,
    config: serverConfig,
    storeArticle: createArticleStore(graph),
  });
  shutdown.add(() => server.close());
  process.stdout.write(`dealgraph: GraphQL ready at ${server.url}\n`);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: "${value}" is not a port number (0-65535)`);
  }
  return port;
}
