import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { embeddedStoreDir, readGraphConfig } from '../../../graph/config';
import { openGraph, runRead } from '../../../graph/connection';
import { detachedNeo4jStatus, startDetachedNeo4j, stopDetachedNeo4j } from '../../../graph/local/launcher';
import { isProcessAlive } from '../../../graph/local/jvm';

const JVM_TEST_TIMEOUT_MS = 240_000;
const SMALL_ENV = { NEO4J_BOLT_PORT: '0', NEO4J_PAGECACHE_MB: '32', NEO4J_HEAP_MB: '256' };

describe('openGraph without NEO4J_URI', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealgraph-connection-test-'));
  });

  afterEach(async () => {
    await stopDetachedNeo4j(embeddedStoreDir({ dataDir }));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'starts its own embedded Neo4j and stops it on close',
    async () => {
      const graph = await openGraph(readGraphConfig({ ...SMALL_ENV, DEALGRAPH_DATA_DIR: dataDir }));
      const pid = graph.embedded?.pid as number;
      expect(pid).toBeGreaterThan(0);
      expect(await runRead(graph, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
      expect(graph.queryCount).toBe(1);
      await graph.close();
      expect(
        isProcessAlive(pid) &&
          fs.existsSync(`/proc/${pid}/cmdline`) &&
          fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8') !== '',
      ).toBe(false);
    },
    JVM_TEST_TIMEOUT_MS,
  );

  it(
    'uses the Neo4j of `db start` for the same data dir and leaves it running on close',
    async () => {
      const storeDir = embeddedStoreDir({ dataDir });
      const started = await startDetachedNeo4j({
        dataDir: storeDir,
        boltPort: 0,
        pageCacheMb: 32,
        heapMb: 256,
      });
      const status = detachedNeo4jStatus(storeDir);
      expect(status).toMatchObject({ running: true, pid: started.pid, uri: started.uri });

      const graph = await openGraph(readGraphConfig({ ...SMALL_ENV, DEALGRAPH_DATA_DIR: dataDir }));
      expect(graph.embedded).toBeNull();
      expect(graph.uri).toBe(started.uri);
      expect(await runRead(graph, 'RETURN 2 AS two')).toEqual([{ two: 2 }]);
      await graph.close();
      expect(detachedNeo4jStatus(storeDir).running).toBe(true);

      expect(await stopDetachedNeo4j(storeDir)).toBe(true);
      expect(isProcessAlive(started.pid)).toBe(false);
      expect(detachedNeo4jStatus(storeDir)).toEqual({ running: false, staleFileRemoved: false });
      expect(await stopDetachedNeo4j(storeDir)).toBe(false);
    },
    JVM_TEST_TIMEOUT_MS,
  );
});
