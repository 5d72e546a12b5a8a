/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import type { Graph } from '../../../graph/connection';
import { writeArticles } from '../../../graph/writer';
import { createArticleStore } from '../../../cli/api-article-store';
import { startServer } from '../../../server';
import { readServerConfig } from '../../../server/config';
import { openTestGraph, resetGraph } from '../../setup/neo4j';
import type { StoredArticle } from './fixtures';

export const TEST_API_KEY = 'test-key-0123456789';
export const WRITER_HEADERS = { authorization: `Bearer ${TEST_API_KEY}`, 'x-dealgraph-curator': 'tester' };

export interface GqlResponse {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, any> }[];
  };
}

export interface Harness {
  graph: Graph;
  url: string;
  /** Cypher queries sent through the driver since the last `resetQueryCount`. */
  queryCount(): number;
  resetQueryCount(): void;
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse>;
  close(): Promise<void>;
}

/**
 * A real Neo4j (fresh data), the fixtures stored by the real writer, and the API listening on a free port.
 * Every query the server sends is counted through the connection's `onQuery` hook.
 */
export async function startHarness(
  articles: StoredArticle[],
  env: Record<string, string> = {},
): Promise<Harness> {
  const graph = await openTestGraph();
  await resetGraph(graph);
  if (articles.length > 0) await writeArticles(graph, articles);
  // The server gets a view of the connection whose query hook counts every Cypher query it sends.
  let count = 0;
  const counted: Graph = { ...graph, onQuery: () => (count += 1) };
  const config = readServerConfig({ DEALGRAPH_API_KEY: TEST_API_KEY, ...env });
  const server = await startServer({
    graph: counted,
    port: 0,
    host: '127.0.0.1',
    config,
    storeArticle: createArticleStore(counted),
  });
  return {
    graph,
    url: server.url,
    queryCount: () => count,
    resetQueryCount: () => {
      count = 0;
    },
    gql: (query, variables, headers) => post(server.url, { query, variables }, headers),
    close: async () => {
      await server.close();
      await graph.close();
    },
  };
}

export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GqlResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: GqlResponse['body'];
  try {
    parsed = JSON.parse(text) as GqlResponse['body'];
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return { status: res.status, body: parsed };
}

/** The `extensions.code` of every error in a response. */
export const codes = (r: GqlResponse): unknown[] => (r.body.errors ?? []).map((e) => e.extensions?.code);
