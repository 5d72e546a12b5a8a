import { readGraphConfig } from '../graph/config';
import { openGraph } from '../graph/connection';
import { startServer } from '../server';
import { startNeo4jGraphqlServer } from './neo4j-graphql/server';

/**
 * Entry point of the child process that serves GraphQL to the query bench: a server under test runs in its
 * own process, as it would in production, so it does not share an event loop with the load generator or with
 * the Cypher baseline's driver. Both GraphQL series (ours and @neo4j/graphql) are started through here.
 *
 * Argument: `ours` or `neo4j-graphql`. The Neo4j to serve comes from NEO4J_URI / NEO4J_DATABASE (and the
 * credentials variables) in the environment. Messages to the parent (IPC): `{ url }` once listening,
 * `{ error, code }` if the server cannot start. The child stops on `'stop'` from the parent or when the
 * IPC channel closes.
 */

export const SERVER_KINDS = ['ours', 'neo4j-graphql'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];

export interface ChildReady {
  url: string;
}

export interface ChildFailed {
  error: string;
  code: string | null;
}

async function main(kind: string): Promise<void> {
  if (!(SERVER_KINDS as readonly string[]).includes(kind)) throw new Error(`unknown server kind "${kind}"`);
  const graph = await openGraph(readGraphConfig(process.env));
  // Production settings (no stack traces, no landing page): what a deployed server pays per request.
  const server =
    kind === 'ours'
      ? await startServer({ graph, port: 0, host: '127.0.0.1' })
      : await startNeo4jGraphqlServer(graph);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await graph.close();
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  const ready: ChildReady = { url: server.url };
  process.send?.(ready);
}

if (require.main === module) {
  main(process.argv[2] ?? '').catch((error: unknown) => {
    const failed: ChildFailed = {
      error: error instanceof Error ? error.message : String(error),
      code: (error as { code?: string } | null)?.code ?? null,
    };
    if (process.send) process.send(failed, () => process.exit(1));
    else {
      process.stderr.write(`query server failed: ${failed.error}\n`);
      process.exit(1);
    }
  });
}
