import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphHandle } from '../graph/read/reader';
import { createApp, GRAPHQL_PATH } from './app';
import { readServerConfig } from './config';
import type { ServerConfig } from './config';
import type { StoreArticle } from './article-store';

export { createApp } from './app';
export type { App, AppOptions } from './app';
export type { ApiArticle, StoreArticle, StoredArticleOutcome } from './article-store';
export { readServerConfig } from './config';
export type { ServerConfig, Limits } from './config';

/** A request still running after this long is cut off, so a slow query cannot hold a socket forever. */
export const REQUEST_TIMEOUT_MS = 60_000;

export interface StartedServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the API on `port` (0 picks a free one). Settings not given come from the environment. The URL
 * returned is the GraphQL endpoint.
 */
export async function startServer({
  graph,
  port,
  host,
  config,
  storeArticle,
}: {
  graph: GraphHandle;
  port?: number;
  host?: string;
  config?: ServerConfig;
  /** See AppOptions.storeArticle. */
  storeArticle?: StoreArticle;
}): Promise<StartedServer> {
  const base = config ?? readServerConfig(process.env);
  const settings = { ...base, port: port ?? base.port, host: host ?? base.host };
  const { app, stop } = await createApp({ graph, config: settings, storeArticle });
  const server = createServer(app);
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  const shownHost = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    url: `http://${shownHost}:${actual}${GRAPHQL_PATH}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await stop();
    },
  };
}
