import type { GraphHandle, Reader } from '../graph/read/reader';
import { createReader } from '../graph/read/reader';
import type { StoreArticle } from './article-store';
import type { Caller } from './auth';
import type { ServerConfig } from './config';
import { createLoaders } from './loaders';
import type { Loaders } from './loaders';

/** What every resolver sees; built per request so DataLoader caches never leak between callers. */
export interface RequestContext {
  graph: GraphHandle;
  config: ServerConfig;
  caller: Caller;
  reader: Reader;
  loaders: Loaders;
  /** Null when the server was started without one: ingestArticle then answers FORBIDDEN. */
  storeArticle: StoreArticle | null;
}

/** After a mutation, cached reads of this request are stale; later fields must see the new state. */
export function refreshLoaders(ctx: RequestContext): void {
  ctx.loaders = createLoaders(ctx.reader);
}

export function createRequestContext(
  graph: GraphHandle,
  config: ServerConfig,
  caller: Caller,
  storeArticle: StoreArticle | null = null,
): RequestContext {
  const reader = createReader(graph);
  return { graph, config, caller, reader, loaders: createLoaders(reader), storeArticle };
}
