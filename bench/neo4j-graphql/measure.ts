import type { Graph } from '../../graph/connection';
import { postGraphql, runLoad, QUERY_WARMUP_REQUESTS } from '../load';
import type { QueryParameters } from '../query-operations';
import { measurement, type Measurement } from '../report';
import { summarizeLatencies, type LatencySummary } from '../stats';
import { FIRST_DEALS_PAGE_QUERY, answerSize, neo4jGraphqlOperations } from './operations';
import { neo4jGraphqlBlocker, startNeo4jGraphqlServer } from './server';

export interface Neo4jGraphqlBenchOptions {
  /** Our server, asked once per operation so the two answers' sizes can be compared. */
  oursUrl: string;
  /** Our GraphQL request body per operation name (bench/query-operations.ts). */
  oursBodies: ReadonlyMap<string, string>;
  prefix: string;
  requests: number;
  concurrency: number;
  log: (line: string) => void;
}

/** The percentiles reported for each compared operation. */
const PERCENTILES = ['p50', 'p95', 'p99'] as const;

/**
 * The third series: @neo4j/graphql serving the same database, same load, for the operations it can
 * express. Each figure's baseline is our server's figure for the same operation and percentile, so
 * `ratio` = @neo4j/graphql ÷ ours (> 1: ours is faster). Anything that stops it from running is logged as
 * "not measured: <reason>" and yields no measurement, so the rest of the bench goes on.
 */
export async function benchNeo4jGraphql(
  graph: Graph,
  params: Pick<QueryParameters, 'hubName' | 'competitorName'>,
  ours: ReadonlyMap<string, LatencySummary>,
  options: Neo4jGraphqlBenchOptions,
): Promise<Measurement[]> {
  const blocker = await neo4jGraphqlBlocker(graph);
  if (blocker !== null) {
    options.log(`${options.prefix}.*.neo4j_graphql: not measured: ${blocker}`);
    return [];
  }
  let server;
  try {
    server = await startNeo4jGraphqlServer(graph);
  } catch (error) {
    options.log(`${options.prefix}.*.neo4j_graphql: not measured: ${String(error)}`);
    return [];
  }
  try {
    const firstPage = await postGraphql(server.url, JSON.stringify({ query: FIRST_DEALS_PAGE_QUERY }));
    const after = (firstPage.dealsConnection as { pageInfo: { endCursor: string | null } }).pageInfo
      .endCursor;
    const out: Measurement[] = [];
    for (const op of neo4jGraphqlOperations(params, after)) {
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      const url = server.url;
      const call = async () => void (await postGraphql(url, body));
      await compareAnswers(op.name, options, await postGraphql(url, body));
      await runLoad(call, QUERY_WARMUP_REQUESTS, options.concurrency);
      const theirs = summarizeLatencies(await runLoad(call, options.requests, options.concurrency));
      const name = `${options.prefix}.${op.name}`;
      const mine = ours.get(op.name);
      options.log(
        `${name}: @neo4j/graphql p50 ${theirs.p50.toFixed(2)} ms, ours ${mine ? mine.p50.toFixed(2) : '?'} ms`,
      );
      for (const p of PERCENTILES) {
        const baseline = mine ? { name: `${name}.graphql.${p}`, value: mine[p] } : undefined;
        out.push(measurement(`${name}.neo4j_graphql.${p}`, theirs[p], 'ms', theirs.n, baseline));
      }
    }
    return out;
  } catch (error) {
    // A failure here (e.g. a query the library rejects on this data) must not cost the rest of the bench.
    options.log(`${options.prefix}.*.neo4j_graphql: not measured: ${String(error)}`);
    return [];
  } finally {
    await server.close();
  }
}

/** Logs both answers' sizes; a mismatch is a warning (the data may differ, e.g. ties in a sort), not a stop. */
async function compareAnswers(
  operation: string,
  options: Neo4jGraphqlBenchOptions,
  theirData: Record<string, unknown>,
): Promise<void> {
  const oursBody = options.oursBodies.get(operation);
  if (oursBody === undefined) return;
  const oursSize = answerSize(operation, 'ours', await postGraphql(options.oursUrl, oursBody));
  const theirSize = answerSize(operation, 'neo4j_graphql', theirData);
  const verdict = oursSize === theirSize ? 'same size' : 'SIZES DIFFER';
  options.log(
    `${options.prefix}.${operation}: answer items ours ${oursSize}, @neo4j/graphql ${theirSize} (${verdict})`,
  );
}
