import type { Graph } from '../graph/connection';
import { pickQueryParameters, queryOperations, type QueryOperation } from './query-operations';
import { measurement, type Measurement } from './report';
import { summarizeLatencies, type LatencySummary } from './stats';
import {
  QUERY_CONCURRENCY,
  QUERY_REQUESTS,
  QUERY_WARMUP_REQUESTS,
  postGraphql,
  runInterleaved,
  runLoad,
} from './load';
import { benchNeo4jGraphql } from './neo4j-graphql/measure';
import { startQueryServerProcess } from './query-server';
import { runCypherRead } from './cypher-read';

export { QUERY_CONCURRENCY, QUERY_REQUESTS, QUERY_WARMUP_REQUESTS, QueryFailedError, runLoad } from './load';

export interface QueryBenchOptions {
  /** Measurement names start with this, e.g. "queries" or "growth.10000". */
  prefix: string;
  requests?: number;
  concurrency?: number;
  log: (line: string) => void;
}

async function measureOperation(
  graph: Graph,
  url: string,
  op: QueryOperation,
  requests: number,
  concurrency: number,
) {
  const body = JSON.stringify(op.graphql);
  const graphqlCall = async () => void (await postGraphql(url, body));
  const leanCall = async () => void (await runCypherRead(graph, op.cypher.text, op.cypher.params));
  const equivalentCall = async () =>
    void (await runCypherRead(graph, op.equivalent.text, op.equivalent.params));
  await runLoad(leanCall, QUERY_WARMUP_REQUESTS, concurrency);
  await runLoad(equivalentCall, QUERY_WARMUP_REQUESTS, concurrency);
  await runLoad(graphqlCall, QUERY_WARMUP_REQUESTS, concurrency);
  const [lean, equivalent, graphql] = await runInterleaved(
    [leanCall, equivalentCall, graphqlCall],
    requests,
    concurrency,
  );
  return {
    lean: summarizeLatencies(lean),
    equivalent: summarizeLatencies(equivalent),
    graphql: summarizeLatencies(graphql),
  };
}

/**
 * The five operations against our GraphQL server, each with its Cypher baseline. The server runs in a child
 * process of its own (bench/query-server-child.ts), as in production; the load generator and the Cypher
 * baseline's driver share this process.
 */
export async function benchQueries(graph: Graph, options: QueryBenchOptions): Promise<Measurement[]> {
  const requests = options.requests ?? QUERY_REQUESTS;
  const concurrency = options.concurrency ?? QUERY_CONCURRENCY;
  const server = await startQueryServerProcess('ours', graph);
  options.log(`our GraphQL server: pid ${server.pid}, ${server.url}`);
  try {
    const picked = await pickQueryParameters(graph);
    const firstPage = await postGraphql(
      server.url,
      JSON.stringify({
        query:
          '{ deals(filter: { kind: ACQUISITION }, sort: AMOUNT_DESC, first: 20) { pageInfo { endCursor } } }',
      }),
    );
    const dealsAfter = (firstPage.deals as { pageInfo: { endCursor: string | null } }).pageInfo.endCursor;
    const params = { ...picked, dealsAfter };
    options.log(
      `query arguments: hub ${JSON.stringify(params.hubName)}, rival ${JSON.stringify(params.competitorName)}, path ${params.pathFrom} → ${params.pathTo} (${params.pathHops} hops), search ${JSON.stringify(params.searchTerm)}`,
    );
    const out: Measurement[] = [];
    const ours = new Map<string, LatencySummary>();
    for (const op of queryOperations(params)) {
      const { lean, equivalent, graphql } = await measureOperation(
        graph,
        server.url,
        op,
        requests,
        concurrency,
      );
      ours.set(op.name, graphql);
      options.log(
        `${options.prefix}.${op.name}: GraphQL p50 ${graphql.p50.toFixed(2)} ms, equivalent Cypher p50 ${equivalent.p50.toFixed(2)} ms, lean Cypher p50 ${lean.p50.toFixed(2)} ms`,
      );
      const name = `${options.prefix}.${op.name}`;
      for (const p of ['p50', 'p95', 'p99'] as const) {
        // The target reads GraphQL against the Cypher that returns the same answer (bench/equivalent-cypher.ts).
        out.push(
          measurement(`${name}.graphql.${p}`, graphql[p], 'ms', graphql.n, {
            name: `${name}.cypher_equivalent.${p}`,
            value: equivalent[p],
          }),
        );
      }
      for (const p of ['p50', 'p95', 'p99'] as const) {
        // The same GraphQL figures against the lean Cypher the bench compared with until 2026-11-27.
        out.push(
          measurement(`${name}.graphql_vs_lean.${p}`, graphql[p], 'ms', graphql.n, {
            name: `${name}.cypher_lean.${p}`,
            value: lean[p],
          }),
        );
      }
    }
    // The floor of any GraphQL request here (HTTP, parsing, validation, no resolver touching Neo4j).
    const floorBody = JSON.stringify({ query: '{ __typename }' });
    const floorCall = async () => void (await postGraphql(server.url, floorBody));
    await runLoad(floorCall, QUERY_WARMUP_REQUESTS, concurrency);
    const floor = summarizeLatencies(await runLoad(floorCall, requests, concurrency));
    for (const p of ['p50', 'p99'] as const) {
      out.push(measurement(`${options.prefix}.graphql_floor.${p}`, floor[p], 'ms', floor.n));
    }
    out.push(
      ...(await benchNeo4jGraphql(graph, params, ours, {
        prefix: options.prefix,
        oursUrl: server.url,
        oursBodies: new Map(queryOperations(params).map((op) => [op.name, JSON.stringify(op.graphql)])),
        requests,
        concurrency,
        log: options.log,
      })),
    );
    // The path query is only as long as the graph allows: record how many hops it really spanned.
    out.push(measurement(`${options.prefix}.path_4hop.hops`, params.pathHops, 'hops', 1));
    return out;
  } finally {
    await server.close();
  }
}
