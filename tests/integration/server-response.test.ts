import { request } from 'node:http';
import type { Graph } from '../../graph/connection';
import { runRead } from '../../graph/connection';
import { startServer } from '../../server';
import type { StartedServer } from '../../server';
import { readServerConfig } from '../../server/config';
import { openTestGraph } from '../setup/neo4j';

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  text: string;
}

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const all = { 'content-type': 'application/json', ...headers };
    const req = request(url, { method: 'POST', headers: all }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString(),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const API_KEY = 'k-0123456789abcdef';

describe('the server as started without an article store', () => {
  let graph: Graph;
  let server: StartedServer;

  beforeAll(async () => {
    graph = await openTestGraph();
    const config = readServerConfig({ DEALGRAPH_API_KEY: API_KEY, NODE_ENV: 'production' });
    server = await startServer({ graph, port: 0, host: '127.0.0.1', config });
  });

  afterAll(async () => {
    await server.close();
    await graph.close();
  });

  it('answers without an ETag (no per-response body hash)', async () => {
    const res = await post(server.url, JSON.stringify({ query: '{ __typename }' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { __typename: 'Query' } });
    expect(res.headers.etag).toBeUndefined();
  });

  it('refuses ingestArticle with FORBIDDEN / INGEST_DISABLED and stores nothing', async () => {
    const body = JSON.stringify({
      query: 'mutation { ingestArticle(input: { text: "Zorvic Ltd bought Quenta Inc." }) { created } }',
    });
    const before = await runRead(graph, 'MATCH (a:Article) RETURN count(a) AS n');
    const res = await post(server.url, body, { authorization: `Bearer ${API_KEY}` });
    const json = JSON.parse(res.text) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(json.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INGEST_DISABLED' });
    expect(await runRead(graph, 'MATCH (a:Article) RETURN count(a) AS n')).toEqual(before);
  });
});
