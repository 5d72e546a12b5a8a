import { readGraphConfig } from '../../graph/config';
import { openGraph, runRead } from '../../graph/connection';
import type { Graph } from '../../graph/connection';
import { migrate } from '../../graph/migrations';

/** Nodes deleted per inner transaction when resetting, so a big leftover graph does not blow tx memory. */
const RESET_BATCH_NODES = 10_000;

/** Connects to the test Neo4j (NEO4J_URI, set by the global setup) with the schema in place. */
export async function openTestGraph(): Promise<Graph> {
  if (!process.env.NEO4J_URI) {
    throw new Error(
      'NEO4J_URI is not set: integration tests need the jest global setup (the integration project)',
    );
  }
  const graph = await openGraph(readGraphConfig(process.env));
  await migrate(graph);
  return graph;
}

/** Deletes all data; constraints and indexes stay. */
export async function resetGraph(graph: Graph): Promise<void> {
  // CALL ... IN TRANSACTIONS only runs in an auto-commit transaction, hence session.run.
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run(`MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${RESET_BATCH_NODES} ROWS`);
  } finally {
    await session.close();
  }
}

/** Every node and relationship with its properties, write timestamps left out, in a stable order. */
export async function graphSnapshot(graph: Graph): Promise<string[]> {
  const nodes = await runRead(
    graph,
    'MATCH (n) RETURN labels(n) AS labels, n {.*, createdAt: null, ingestedAt: null} AS props',
  );
  const rels = await runRead(
    graph,
    'MATCH (s)-[r]->(t) RETURN coalesce(s.id, s.key) AS s, type(r) AS type, coalesce(t.id, t.key) AS t, properties(r) AS props',
  );
  return [...nodes, ...rels].map((row) => JSON.stringify(row)).sort();
}
