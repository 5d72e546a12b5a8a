import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../graph/connection';
import type { ChildFailed, ChildReady, ServerKind } from './query-server-child';

/** How long a GraphQL server child may take to start listening, in ms (schema build, driver connect). */
export const SERVER_START_TIMEOUT_MS = 60_000;
/** How long a child may take to shut down after 'stop' before it is killed, in ms. */
export const SERVER_STOP_TIMEOUT_MS = 10_000;

export class QueryServerStartError extends Error {
  readonly code: string;
  constructor(message: string, code: string | null) {
    super(message);
    this.code = code ?? 'BENCH_QUERY_SERVER_START';
  }
}

export interface QueryServerProcess {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** The environment of a server child: the bench's Neo4j, production settings, and nothing else changed. */
export function serverChildEnv(
  graph: Pick<Graph, 'uri' | 'database'>,
  env: NodeJS.ProcessEnv,
): NodeJS.ProcessEnv {
  return { ...env, NEO4J_URI: graph.uri, NEO4J_DATABASE: graph.database, NODE_ENV: 'production' };
}

/**
 * Starts a GraphQL server under test (ours or @neo4j/graphql) in a child process on the same Neo4j; resolves
 * once it listens. Rejects with the child's own error (e.g. @neo4j/graphql missing) if it cannot start.
 */
export async function startQueryServerProcess(kind: ServerKind, graph: Graph): Promise<QueryServerProcess> {
  const entry = join(__dirname, 'query-server-child.js');
  if (!existsSync(entry)) throw new QueryServerStartError(`${entry} is missing: run npm run build`, null);
  const child = fork(entry, [kind], {
    env: serverChildEnv(graph, process.env),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(
        new QueryServerStartError(`${kind} server did not start in ${SERVER_START_TIMEOUT_MS} ms`, null),
      );
    }, SERVER_START_TIMEOUT_MS);
    child.once('message', (message: ChildReady | ChildFailed) => {
      clearTimeout(timer);
      if ('url' in message) resolve(message.url);
      else reject(new QueryServerStartError(message.error, message.code));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new QueryServerStartError(`${kind} server exited with code ${code} before listening`, null));
    });
  });
  return { url, pid: child.pid ?? -1, close: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send('stop');
  });
}
