import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedNeo4j } from '../../graph/local/launcher';
import type { EmbeddedNeo4j } from '../../graph/local/launcher';

/** Small: the test graph is tiny and the machine is shared. */
const TEST_PAGECACHE_MB = 64;
const TEST_HEAP_MB = 512;

export interface TestNeo4jHandle {
  neo4j: EmbeddedNeo4j;
  dataDir: string;
}

/** globalSetup and globalTeardown run in the same process; the handle waits here between them. */
export const HANDLE_KEY = '__dealgraphTestNeo4j';

/**
 * One Neo4j for the whole integration run: the one at NEO4J_URI if set, else an embedded one on a free port
 * in a fresh temp dir. Workers inherit NEO4J_URI through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealgraph-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: 0,
    pageCacheMb: TEST_PAGECACHE_MB,
    heapMb: TEST_HEAP_MB,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  (globalThis as Record<string, unknown>)[HANDLE_KEY] = { neo4j, dataDir } satisfies TestNeo4jHandle;
  process.env.NEO4J_URI = neo4j.uri;
  process.env.DEALGRAPH_TEST_EMBEDDED = '1';
}
