import neo4j from 'neo4j-driver';
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GraphConfig } from './config';
import { embeddedStoreDir } from './config';
import { mapNeo4jError } from './errors';
import { detachedNeo4jStatus, startEmbeddedNeo4j } from './local/launcher';
import type { EmbeddedNeo4j } from './local/launcher';

/**
 * The process's one connection to Neo4j.
 *
 * Integer policy: the driver is built with `disableLosslessIntegers`, so Neo4j integers arrive as plain JS
 * numbers (exact below 2^53, which counts, years and amounts in our graph stay far under). Send integers
 * that Cypher needs as integers (LIMIT, SKIP) as `neo4j.int(n)`.
 */
export interface Graph {
  driver: Driver;
  database: string;
  uri: string;
  /** The Neo4j this process started (and close() stops); null for NEO4J_URI or a `db start` instance. */
  embedded: EmbeddedNeo4j | null;
  /** Queries sent through runRead/runWrite/inReadTransaction/inWriteTransaction since open (N+1 checks). */
  queryCount: number;
  /** Called before each query sent through those helpers. */
  onQuery: ((cypher: string) => void) | null;
  close(): Promise<void>;
}

export type Row = Record<string, unknown>;
export type QueryRunner = (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Bolt connection pool size; the API's concurrency is bounded by this too. */
export const MAX_CONNECTION_POOL_SIZE = 50;
export const CONNECTION_TIMEOUT_MS = 10_000;

export async function openGraph(config: GraphConfig, log?: (line: string) => void): Promise<Graph> {
  let uri = config.uri;
  let embedded: EmbeddedNeo4j | null = null;
  if (uri === null) {
    const storeDir = embeddedStoreDir(config);
    const detached = detachedNeo4jStatus(storeDir);
    if (detached.running && detached.uri) {
      uri = detached.uri;
      log?.(`dealgraph: using the Neo4j started by \`dealgraph db start\` at ${uri}`);
    } else {
      embedded = await startEmbeddedNeo4j({
        dataDir: storeDir,
        boltPort: config.boltPort,
        pageCacheMb: config.pageCacheMb,
        heapMb: config.heapMb,
        log,
      });
      uri = embedded.uri;
    }
  }
  try {
    return await connect(uri, config, embedded);
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

async function connect(uri: string, config: GraphConfig, embedded: EmbeddedNeo4j | null): Promise<Graph> {
  // The embedded Neo4j runs with auth off and ignores these; an external one checks them.
  const auth = neo4j.auth.basic(config.username, config.password);
  const driver = neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    userAgent: 'dealgraph',
  });
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (err) {
    await driver.close();
    throw mapNeo4jError(err);
  }
  let closed = false;
  const graph: Graph = {
    driver,
    database: config.database,
    uri,
    embedded,
    queryCount: 0,
    onQuery: null,
    close: async () => {
      if (closed) return;
      closed = true;
      await driver.close();
      await embedded?.stop();
    },
  };
  return graph;
}

function count(graph: Graph, cypher: string): void {
  graph.queryCount += 1;
  graph.onQuery?.(cypher);
}

export interface QueryOptions {
  /** Neo4j aborts the transaction past this many milliseconds (a TIMEOUT error); unset means no limit. */
  timeoutMs?: number;
}

async function execute(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown>,
  read: boolean,
  options: QueryOptions,
): Promise<Row[]> {
  count(graph, cypher);
  try {
    const result = await graph.driver.executeQuery(cypher, params, {
      database: graph.database,
      routing: read ? neo4j.routing.READ : neo4j.routing.WRITE,
      ...(options.timeoutMs !== undefined ? { transactionConfig: { timeout: options.timeoutMs } } : {}),
    });
    return result.records.map((record) => record.toObject());
  } catch (err) {
    throw mapNeo4jError(err);
  }
}

/** One auto-retried read query; rows are plain objects keyed by the RETURN names. */
export function runRead(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown> = {},
  options: QueryOptions = {},
): Promise<Row[]> {
  return execute(graph, cypher, params, true, options);
}

/** Extra attempts of an auto-commit read that failed with an error Neo4j calls retryable (leader switch). */
export const READ_RETRIES_MAX = 2;

/**
 * One read as an auto-commit query. A managed transaction (`executeQuery`, `executeRead`) costs three
 * writes and round trips on the Bolt socket (BEGIN, RUN+PULL, COMMIT); a single read statement needs no
 * transaction of its own, and RUN+PULL go out as one write. It shares the driver's `executeQuery` bookmark
 * manager, so a read still sees what this process wrote before it through `runWrite`.
 */
export async function runAutoCommitRead(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown> = {},
  options: QueryOptions = {},
): Promise<Row[]> {
  count(graph, cypher);
  for (let attempt = 0; ; attempt++) {
    const session = graph.driver.session({
      database: graph.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: graph.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run(
        cypher,
        params,
        options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {},
      );
      return result.records.map((record) => record.toObject());
    } catch (err) {
      if (attempt < READ_RETRIES_MAX && isRetryableError(err)) continue;
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  }
}

/** One auto-retried write query (its own transaction); make it idempotent, it may run twice. */
export function runWrite(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown> = {},
  options: QueryOptions = {},
): Promise<Row[]> {
  return execute(graph, cypher, params, false, options);
}

async function inTransaction<T>(
  graph: Graph,
  write: boolean,
  work: (run: QueryRunner) => Promise<T>,
): Promise<T> {
  const session = graph.driver.session({
    database: graph.database,
    defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  const body = async (tx: ManagedTransaction): Promise<T> =>
    work(async (cypher, params = {}) => {
      count(graph, cypher);
      const result = await tx.run(cypher, params);
      return result.records.map((record) => record.toObject());
    });
  try {
    return write ? await session.executeWrite(body) : await session.executeRead(body);
  } catch (err) {
    // What `work` throws of its own (a refusal, a validation error) reaches the caller unchanged.
    throw err instanceof Neo4jError ? mapNeo4jError(err) : err;
  } finally {
    await session.close();
  }
}

/** Several reads in one transaction (one consistent snapshot), retried on transient errors. */
export function inReadTransaction<T>(graph: Graph, work: (run: QueryRunner) => Promise<T>): Promise<T> {
  return inTransaction(graph, false, work);
}

/** Several writes in one transaction, retried as a whole on transient errors: `work` must be idempotent. */
export function inWriteTransaction<T>(graph: Graph, work: (run: QueryRunner) => Promise<T>): Promise<T> {
  return inTransaction(graph, true, work);
}
