import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type * as Neo4jGraphqlLibrary from '@neo4j/graphql';
import type { Graph } from '../../graph/connection';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './type-defs';

export class Neo4jGraphqlUnavailableError extends Error {
  readonly code = 'BENCH_NEO4J_GRAPHQL_UNAVAILABLE';
}

export interface Neo4jGraphqlServer {
  url: string;
  close(): Promise<void>;
}

/** Why @neo4j/graphql cannot run against this graph (APOC missing), or null when it can. */
export async function neo4jGraphqlBlocker(graph: Graph): Promise<string | null> {
  try {
    await graph.driver.executeQuery('RETURN apoc.version() AS version', {}, { database: graph.database });
    return null;
  } catch (error) {
    return `APOC is not loaded in this Neo4j (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

/**
 * @neo4j/graphql serving our database through Apollo's standalone HTTP server over the given connection. The
 * bench calls it in a child process (bench/query-server-child.ts) set up exactly like our own server's: same
 * driver settings and pool size, same environment, so the two differ only in the GraphQL layer.
 */
export async function startNeo4jGraphqlServer(graph: Graph): Promise<Neo4jGraphqlServer> {
  // Loaded lazily: it is a dev dependency, and without it the bench must still run.
  let library: typeof Neo4jGraphqlLibrary;
  try {
    library = await import('@neo4j/graphql');
  } catch (error) {
    throw new Neo4jGraphqlUnavailableError(
      `@neo4j/graphql is not installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
  const neo4jGraphql = new library.Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver: graph.driver });
  const schema = await neo4jGraphql.getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ sessionConfig: { database: graph.database } }),
  });
  return { url, close: () => apollo.stop() };
}
