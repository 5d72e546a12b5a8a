import neo4j from 'neo4j-driver';
import type { Graph } from '../graph/connection';

/**
 * The Cypher baseline's call: one auto-commit read through neo4j-driver, the cheapest way the driver offers
 * to run one statement (RUN+PULL in one Bolt write, no BEGIN/COMMIT round trips). Our API's reads go the same
 * way (graph/read/reader.ts), so the baseline is never weaker than the server it is compared with.
 */
export async function runCypherRead(
  graph: Pick<Graph, 'driver' | 'database'>,
  cypher: string,
  params: Record<string, unknown>,
): Promise<number> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(cypher, params)).records.length;
  } finally {
    await session.close();
  }
}
