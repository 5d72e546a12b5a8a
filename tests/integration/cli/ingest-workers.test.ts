import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../../graph/connection';
import { graphSnapshot, openTestGraph, resetGraph } from '../../setup/neo4j';
import { runCli } from './run-cli';

// Made-up companies; parties recur across files so the order of writes could change names if it were lost.
const ARTICLES = [
  'Corvane Metals Inc said on Tuesday it agreed to acquire Lathmore Mining Corp for 55 million dlrs.',
  'Lathmore Mining Corp, which competes with Ostrel Resources Ltd, said talks with Corvane Metals go on.',
  'Ostrel Resources Ltd raised 9 million dlrs in a funding round led by Brightwater Partners.',
  'Corvane Metals Inc completed its acquisition of Lathmore Mining Corp, the companies said.',
  'Brightwater Partners also invested 4 million dlrs in Quenby Solar Corp, Quenby said.',
  "La société Valdor Industries SA a annoncé le rachat de Pernelle Composites SAS pour 20 millions d'euros.",
  'Quenby Solar Corp said it merged with Halvard Energy Inc to form Quenby Halvard Corp.',
];

/** `dealgraph ingest` from dist/ against the test Neo4j (NEO4J_URI from the global setup). */
function ingest(dir: string, workers: string) {
  return runCli(['ingest', dir, '--workers', workers], { ...process.env });
}

describe('dealgraph ingest with extraction threads', () => {
  let graph: Graph;
  let dir: string;
  let bad: string;

  beforeAll(async () => {
    graph = await openTestGraph();
    dir = mkdtempSync(join(tmpdir(), 'dealgraph-workers-'));
    ARTICLES.forEach((text, i) => writeFileSync(join(dir, `article-${i}.txt`), `${text}\n`));
    bad = join(dir, 'broken.json');
    writeFileSync(bad, '{ "title": "no text" ');
  });

  beforeEach(() => resetGraph(graph));

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('builds with two threads the same graph as on the main thread and with one thread', async () => {
    const graphs: Record<string, string[]> = {};
    for (const workers of ['0', '1', '2']) {
      await resetGraph(graph);
      const run = ingest(dir, workers);
      // A bad file is named, the others are stored, and the exit code says something was skipped.
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`skipped ${bad}`);
      expect(run.stderr).toContain(`${ARTICLES.length + 1} file(s): ${ARTICLES.length} article(s) stored`);
      graphs[workers] = await graphSnapshot(graph);
    }
    expect(graphs['0'].length).toBeGreaterThan(ARTICLES.length * 2);
    expect(graphs['1']).toEqual(graphs['0']);
    expect(graphs['2']).toEqual(graphs['0']);
  });

  it('refuses a thread count that is not a whole number, before touching the graph', async () => {
    const run = ingest(dir, 'many');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[EXTRACT_WORKERS_USAGE]');
    expect(await graphSnapshot(graph)).toEqual([]);
  });
});
