import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../../../cli/ingest-files';
import { runIngestPipeline } from '../../../cli/ingest-pipeline';
import type { Graph } from '../../../graph/connection';
import { runRead } from '../../../graph/connection';
import { writeArticles } from '../../../graph/writer';
import { extractArticle } from '../../../ingest/extract';
import { readArticleFile } from '../../../ingest/read';
import { graphSnapshot as snapshot, openTestGraph, resetGraph } from '../../setup/neo4j';

// Made-up companies; several articles share parties so later batches update what earlier ones wrote.
const ARTICLES = [
  'Norvane Systems Inc said on Monday it agreed to acquire Kestrel Labs Corp for 40 million dlrs.',
  'Kestrel Labs Corp, which competes with Baltic Optics Ltd, said talks with Norvane Systems Inc continue.',
  'Baltic Optics Ltd raised 12 million dlrs in a funding round led by Harrow Ventures.',
  'Norvane Systems Inc completed its acquisition of Kestrel Labs Corp, the companies said.',
  'Harrow Ventures also invested in Quillon Energy Corp, Quillon said.',
];

describe('the ingest pipeline against Neo4j', () => {
  let graph: Graph;
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    graph = await openTestGraph();
    dir = mkdtempSync(join(tmpdir(), 'dealgraph-pipeline-'));
    files = ARTICLES.map((text, i) => {
      const file = join(dir, `article-${i}.txt`);
      writeFileSync(file, `${text}\n`);
      return file;
    });
  });

  beforeEach(async () => {
    await resetGraph(graph);
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await graph.close();
  });

  it('stores, with batches overlapping, exactly the graph one write of the same extraction stores', async () => {
    const run = await runIngestPipeline(graph, files, {
      read: readArticleFile,
      name: (file) => file,
      batchArticles: 2,
    });
    expect(run.articlesWritten).toBe(ARTICLES.length);
    expect(run.failures).toEqual([]);
    const pipelined = await snapshot(graph);

    await resetGraph(graph);
    const all = await Promise.all(files.map(readArticleFile));
    await writeArticles(
      graph,
      all.map((input) => ({ input, extracted: extractArticle(input) })),
    );
    expect(pipelined).toEqual(await snapshot(graph));
    expect(pipelined.length).toBeGreaterThan(ARTICLES.length);
  });

  it('names a bad file, stores the others, and adds nothing when run again', async () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{ "title": "no text here" ');
    const progress: [number, number][] = [];
    const first = await ingestFiles(graph, [dir], (done, total) => progress.push([done, total]));
    expect(first.files).toBe(ARTICLES.length + 1);
    expect(first.failures).toEqual([{ file: bad, message: expect.any(String) }]);
    expect(first.articlesWritten).toBe(ARTICLES.length);
    expect(progress[progress.length - 1]).toEqual([ARTICLES.length + 1, ARTICLES.length + 1]);
    const [{ n }] = await runRead(graph, 'MATCH (a:Article) RETURN count(a) AS n');
    expect(n).toBe(ARTICLES.length);

    const before = await snapshot(graph);
    const second = await ingestFiles(graph, [dir]);
    expect(second).toMatchObject({ articlesWritten: 0, articlesSkipped: ARTICLES.length });
    expect(await snapshot(graph)).toEqual(before);
    rmSync(bad);
  });
});
