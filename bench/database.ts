import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGraphConfig, type GraphConfig } from '../graph/config';
import { openGraph, type Graph } from '../graph/connection';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../graph/local/launcher';
import { migrate } from '../graph/migrations';
import { ensureApocJars } from './apoc-jars';

/** Page cache of the bench's own Neo4j, in MiB: holds the 100k-article store on a small machine. */
export const BENCH_PAGE_CACHE_MB = 1024;
/** JVM heap of the bench's own Neo4j, in MiB. */
export const BENCH_HEAP_MB = 2048;
/** Nodes deleted per inner transaction when emptying the database. */
const WIPE_BATCH_ROWS = 10_000;

export class BenchWipeRefusedError extends Error {
  readonly code = 'BENCH_WIPE_REFUSED';
}

/** The database the bench writes into: its own embedded Neo4j, or the one at NEO4J_URI when allowed. */
export interface BenchDatabase {
  graph: Graph;
  /** True when it is someone else's server (NEO4J_URI). */
  external: boolean;
  /** Deletes every node and relationship; constraints and indexes stay. */
  wipe(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenBenchDatabaseOptions {
  env: NodeJS.ProcessEnv;
  allowWipe: boolean;
  log: (line: string) => void;
}

export async function openBenchDatabase(options: OpenBenchDatabaseOptions): Promise<BenchDatabase> {
  if (options.env.NEO4J_URI) {
    if (!options.allowWipe) {
      throw new BenchWipeRefusedError(
        `NEO4J_URI is set (${options.env.NEO4J_URI}): the bench empties the database it uses; pass --allow-wipe to accept that`,
      );
    }
    const graph = await openGraph(readGraphConfig(options.env));
    await migrate(graph);
    return { graph, external: true, wipe: () => wipeGraph(graph), close: () => graph.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'dealgraph-bench-'));
  options.log(`starting embedded Neo4j in ${dataDir}`);
  const config: GraphConfig = {
    ...readGraphConfig({}),
    uri: null,
    dataDir,
    boltPort: 0,
    pageCacheMb: BENCH_PAGE_CACHE_MB,
    heapMb: BENCH_HEAP_MB,
  };
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  // APOC only serves the @neo4j/graphql comparison: without it the bench still runs, that series is skipped.
  const pluginDir = await ensureApocJars(options.log).catch((error: unknown) => {
    options.log(`APOC not available (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  });
  let embedded: EmbeddedNeo4j | null = null;
  let graph: Graph | null = null;
  try {
    const start = (plugins: string | undefined) =>
      startEmbeddedNeo4j({
        dataDir: join(dataDir, 'neo4j'),
        boltPort: config.boltPort,
        pageCacheMb: config.pageCacheMb,
        heapMb: config.heapMb,
        log: options.log,
        ...(plugins === undefined ? {} : { pluginDir: plugins }),
      });
    embedded = await start(pluginDir).catch((error: unknown) => {
      if (pluginDir === undefined) throw error;
      options.log(`Neo4j did not start with APOC (${String(error)}); starting it without plugins`);
      return start(undefined);
    });
    graph = await openGraph({ ...config, uri: embedded.uri }, options.log);
    await migrate(graph);
  } catch (error) {
    await graph?.close();
    await embedded?.stop();
    removeDir();
    throw error;
  }
  const server = embedded;
  const opened = graph;
  return {
    graph: opened,
    external: false,
    wipe: () => wipeGraph(opened),
    async close() {
      await opened.close();
      await server.stop();
      removeDir();
    },
  };
}

async function wipeGraph(graph: Graph): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run rather than executeQuery.
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(`MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF ${WIPE_BATCH_ROWS} ROWS`);
  } finally {
    await session.close();
  }
}

/** Node count per label and relationship count per type: to check that two writers built the same graph. */
export async function graphCounts(graph: Graph): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const nodes = await graph.driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n',
    {},
    { database: graph.database },
  );
  for (const r of nodes.records) counts[`:${r.get('label') as string}`] = Number(r.get('n'));
  const rels = await graph.driver.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n',
    {},
    { database: graph.database },
  );
  for (const r of rels.records) counts[`[:${r.get('type') as string}]`] = Number(r.get('n'));
  return counts;
}
