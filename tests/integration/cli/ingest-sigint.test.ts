import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../../graph/connection';
import { runRead } from '../../../graph/connection';
import { openTestGraph, resetGraph } from '../../setup/neo4j';
import { startCli } from './run-cli';

/** Files enough that the run is still going when the first batch is reported. */
const FILES = 1200;
const PROGRESS_TIMEOUT_MS = 120_000;
const EXIT_TIMEOUT_MS = 30_000;

describe('dealgraph ingest on Ctrl-C', () => {
  let graph: Graph;
  let dir: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    dir = mkdtempSync(join(tmpdir(), 'dealgraph-sigint-'));
    for (let i = 0; i < FILES; i++) {
      // Made-up names, one pair per file, so every article is new.
      writeFileSync(
        join(dir, `a-${String(i).padStart(4, '0')}.txt`),
        `Varnel Holdings ${i} Inc said it agreed to acquire Tressa Tools ${i} Corp for ${i + 5} million dlrs.\n`,
      );
    }
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await resetGraph(graph);
    await graph.close();
  });

  it(
    'stops its extraction threads and driver and exits cleanly, keeping the batches already written',
    async () => {
      const run = startCli(['ingest', dir, '--workers', '2'], { ...process.env });
      try {
        await run.waitFor(/ingest: \d+\/\d+/, PROGRESS_TIMEOUT_MS);
        run.child.kill('SIGINT');
        const exited = await Promise.race([
          run.exited,
          new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), EXIT_TIMEOUT_MS)),
        ]);
        // The threads closed under the run must end it quietly: no per-file failures, no fatal error, code 0.
        expect(exited).toBe(0);
        expect(run.output()).toContain('shutting down');
        expect(run.output()).not.toMatch(/fatal|skipped/);
      } finally {
        if (run.child.exitCode === null) run.child.kill('SIGKILL');
      }
      const [{ n }] = await runRead(graph, 'MATCH (a:Article) RETURN count(a) AS n');
      expect(Number(n)).toBeGreaterThan(0);
      expect(Number(n)).toBeLessThan(FILES);
    },
    PROGRESS_TIMEOUT_MS + 2 * EXIT_TIMEOUT_MS,
  );
});
