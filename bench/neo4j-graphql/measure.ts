import type { Graph } from '../../graph/connection';
import { postGraphql, runInterleaved, runLoad, QUERY_WARMUP_REQUESTS } from '../load';
import type { QueryParameters } from '../query-operations';
import { measurement, type Measurement } from '../report';
import { summarizeLatencies, type LatencySummary } from '../stats';
import { FIRST_DEALS_PAGE_QUERY, answerSize, neo4jGraphqlOperations } from './operations';
import { startQueryServerProcess } from '../query-server';
import { neo4jGraphqlBlocker } from './server';

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
 * express. Each figure's baseline is our server's figure for the same operation and percentile, measured
 * again in blocks alternating with theirs (`….graphql_alongside.p…`), so `ratio` = @neo4j/graphql ÷ ours
 * under the same load (> 1: ours is faster). Anything that stops it from running is logged as
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
    // In a child process of its own, exactly as our server is measured (bench/queries.ts).
    server = await startQueryServerProcess('neo4j-graphql', graph);
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
      const name = `${options.prefix}.${op.name}`;
      // Ours is measured again, in blocks alternating with theirs, so both face the same machine load.
      const oursBody = options.oursBodies.get(op.name);
      const oursCall =
        oursBody === undefined ? null : async () => void (await postGraphql(options.oursUrl, oursBody));
      const [theirLatencies, ourLatencies] = await runInterleaved(
        oursCall ? [call, oursCall] : [call],
        options.requests,
        options.concurrency,
      );
      const theirs = summarizeLatencies(theirLatencies);
      const mine = ourLatencies ? summarizeLatencies(ourLatencies) : ours.get(op.name);
      const mineName = ourLatencies ? `${name}.graphql_alongside` : `${name}.graphql`;
      options.log(
        `${name}: @neo4j/graphql p50 ${theirs.p50.toFixed(2)} ms, ours alongside ${mine ? mine.p50.toFixed(2) : '?'} ms`,
      );
      for (const p of PERCENTILES) {
        const baseline = mine ? { name: `${mineName}.${p}`, value: mine[p] } : undefined;
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
