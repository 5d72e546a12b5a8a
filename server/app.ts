import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphHandle } from '../graph/read/reader';
import type { StoreArticle } from './article-store';
import { identify, readAccessDenied } from './auth';
import type { ServerConfig } from './config';
import { createRequestContext } from './context';
import type { RequestContext } from './context';
import { ErrorCode, createErrorFormatter } from './errors';
import { EXAMPLE_OPERATIONS } from './examples';
import { graphqlHandler, jsonBody } from './graphql-http';
import { limitsRule } from './limits';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './sdl';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/healthz';

export interface App {
  app: express.Express;
  apollo: ApolloServer<RequestContext>;
  stop(): Promise<void>;
}

export interface AppOptions {
  graph: GraphHandle;
  config: ServerConfig;
  /** How ingestArticle stores an article (given by the composition root, cli/); without it that mutation is off. */
  storeArticle?: StoreArticle;
}

export async function createApp({ graph, config, storeArticle }: AppOptions): Promise<App> {
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    validationRules: [limitsRule(config.limits)],
    parseOptions: { maxTokens: config.limits.tokens },
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    formatError: createErrorFormatter(config.production),
    // Auth is by header only (no cookies), so a cross-site page cannot borrow a visitor's rights; turning
    // CSRF prevention off is what lets a plain `GET /graphql?query=...` work from curl or a link.
    csrfPrevention: false,
    plugins: [
      // The default cache-control plugin wraps every field resolver to compute cache hints nobody reads
      // (the schema sets none); that per-field cost is most of the GraphQL overhead on list answers.
      ApolloServerPluginCacheControlDisabled(),
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({
            footer: false,
            embed: true,
            document: EXAMPLE_OPERATIONS,
          }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Express hashes every response body for an ETag; GraphQL answers are POSTed, never revalidated, so the
  // hash was pure per-request cost (and GET answers of a changing graph are not worth revalidating either).
  app.set('etag', false);
  app.get(HEALTH_PATH, async (_req, res) => {
    try {
      await graph.driver.executeQuery('RETURN 1', {}, { database: graph.database });
      res.json({ status: 'ok', graph: 'up' });
    } catch {
      res.status(503).json({ status: 'degraded', graph: 'down' });
    }
  });
  const context = async ({ req }: { req: Request }) => {
    const caller = identify(req.headers, config);
    if (config.readAccess === 'key' && !caller.authenticated) throw readAccessDenied(caller);
    return createRequestContext(graph, config, caller, storeArticle ?? null);
  };
  app.use(
    GRAPHQL_PATH,
    jsonBody(config.limits.bodyBytes, express.json({ limit: config.limits.bodyBytes })),
    graphqlHandler(apollo, context),
  );
  app.use(bodyErrors);
  return { app, apollo, stop: () => apollo.stop() };
}

/** Body parser failures (bad JSON, too large) answered as GraphQL-shaped JSON instead of an HTML page. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const e = err as { status?: number; type?: string; message?: string } | null;
  if (!e || typeof e.status !== 'number' || res.headersSent) {
    next(err);
    return;
  }
  const tooLarge = e.type === 'entity.too.large';
  res.status(e.status).json({
    errors: [
      {
        message: tooLarge
          ? 'The request body is over the size limit.'
          : 'The request body is not valid JSON.',
        extensions: { code: tooLarge ? ErrorCode.QUERY_TOO_COMPLEX : ErrorCode.BAD_USER_INPUT },
      },
    ],
  });
}
