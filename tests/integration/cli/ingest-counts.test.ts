import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIngestReport, ingestFiles } from '../../../cli/ingest-files';
import { runIngestPipeline } from '../../../cli/ingest-pipeline';
import type { Graph } from '../../../graph/connection';
import { runRead } from '../../../graph/connection';
import { readArticleFile } from '../../../ingest/read';
import { openTestGraph, resetGraph } from '../../setup/neo4j';

// Made-up companies; every later article names parties an earlier batch already stored.
const FIRST = [
  'Tarnell Robotics Inc said it agreed to acquire Ostrava Sensors Corp for 25 million dlrs.',
  'Ostrava Sensors Corp, which competes with Miravel Devices Ltd, said the talks with Tarnell Robotics Inc go on.',
  'Tarnell Robotics Inc completed its acquisition of Ostrava Sensors Corp, the companies said.',
  'Miravel Devices Ltd said Tarnell Robotics Inc and Ostrava Sensors Corp are its main rivals.',
];
const LATER = 'Pellion Capital invested 8 million dlrs in Miravel Devices Ltd, Miravel said.';

async function graphCounts(graph: Graph): Promise<{ entities: number; deals: number }> {
  const [e] = await runRead(graph, 'MATCH (n:Entity) RETURN count(n) AS n');
  const [d] = await runRead(graph, 'MATCH (n:Deal) RETURN count(n) AS n');
  return { entities: Number(e.n), deals: Number(d.n) };
}

describe('ingestFiles counts what the run added, not what each batch touched', () => {
  let graph: Graph;
  let dir: string;
  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, `${text}\n`);
    return file;
  };

  beforeAll(async () => {
    graph = await openTestGraph();
    dir = mkdtempSync(join(tmpdir(), 'dealgraph-counts-'));
  });

  beforeEach(async () => {
    await resetGraph(graph);
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('reports each entity and deal once although several batches write it', async () => {
    const files = FIRST.map((text, i) => write(`first-${i}.txt`, text));
    // Summing the writer's per-batch counts over-counts on these articles: that is the case under test.
    const summed = await runIngestPipeline(graph, files, {
      read: readArticleFile,
      name: (f) => f,
      batchArticles: 1,
    });
    const inGraph = await graphCounts(graph);
    expect(summed.entities).toBeGreaterThan(inGraph.entities);

    await resetGraph(graph);
    const report = await ingestFiles(graph, files, undefined, 1);
    const after = await graphCounts(graph);
    expect(after).toEqual(inGraph);
    expect(report.entitiesAdded).toBe(after.entities);
    expect(report.dealsAdded).toBe(after.deals);
    expect(after.entities).toBeGreaterThan(0);
    expect(describeIngestReport(report)).toContain(
      `${after.entities} new entities, ${after.deals} new deals`,
    );
  });

  it('counts only what a later run adds to a graph that already has data', async () => {
    const files = FIRST.map((text, i) => write(`first-${i}.txt`, text));
    await ingestFiles(graph, files);
    const before = await graphCounts(graph);
    const later = write('later.txt', LATER);
    const report = await ingestFiles(graph, [later]);
    const after = await graphCounts(graph);
    expect(after.entities).toBeGreaterThan(before.entities);
    expect(report.entitiesAdded).toBe(after.entities - before.entities);
    expect(report.dealsAdded).toBe(after.deals - before.deals);

    const again = await ingestFiles(graph, [...files, later]);
    expect(again).toMatchObject({ entitiesAdded: 0, dealsAdded: 0, articlesWritten: 0 });
  });
});
