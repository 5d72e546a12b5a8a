import type { GraphQLResolveInfo } from 'graphql';
import { articlesPage } from '../../graph/read/articles';
import { dealsPage } from '../../graph/read/deals-page';
import type { DealSortName } from '../../graph/read/deal-filter';
import { searchEntities } from '../../graph/read/search';
import type { RequestContext } from '../context';
import { badInput } from '../errors';
import { checkFirst, connection, decodeCursor, lower } from './args';
import { findEntity, partyIds } from './lookup';

/** Page sizes when the caller gives no `first`, matching the SDL defaults. */
export const SEARCH_FIRST_DEFAULT = 10;
export const DEALS_FIRST_DEFAULT = 20;
export const ARTICLES_FIRST_DEFAULT = 20;
/** Longest search query, in characters. */
export const SEARCH_QUERY_CHARS_MAX = 200;

interface DealFilterArg {
  kind?: string | null;
  party?: string | null;
  role?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  amountMin?: number | null;
  amountMax?: number | null;
  currency?: string | null;
  status?: string | null;
  language?: string | null;
  article?: string | null;
}

interface DealsArgs {
  filter?: DealFilterArg | null;
  sort?: DealSortName | null;
  first?: number | null;
  after?: string | null;
  asOf?: string | null;
  includeRejected?: boolean | null;
}

type ById = { id?: string | null; name?: string | null };

export const queryResolvers = {
  Query: {
    entity: (_: unknown, args: ById, ctx: RequestContext, info: GraphQLResolveInfo) =>
      findEntity(args, null, ctx, info),
    organization: (_: unknown, args: ById, ctx: RequestContext, info: GraphQLResolveInfo) =>
      findEntity(args, 'Organization', ctx, info),
    person: (_: unknown, args: ById, ctx: RequestContext, info: GraphQLResolveInfo) =>
      findEntity(args, 'Person', ctx, info),
    search: async (
      _: unknown,
      args: { query: string; first?: number | null; type?: string | null },
      ctx: RequestContext,
    ) => {
      if (args.query.length > SEARCH_QUERY_CHARS_MAX)
        throw badInput(`A search has at most ${SEARCH_QUERY_CHARS_MAX} characters.`);
      const first = checkFirst(args.first, ctx, SEARCH_FIRST_DEFAULT);
      const label = args.type === 'PERSON' ? 'Person' : args.type === 'ORGANIZATION' ? 'Organization' : null;
      const hits = await searchEntities(ctx.reader, args.query, first, label);
      for (const hit of hits) ctx.loaders.entity.prime(hit.entity.id, hit.entity);
      return hits;
    },
    deal: (_: unknown, args: { id: string }, ctx: RequestContext) => ctx.loaders.deal.load(args.id),
    deals: async (_: unknown, args: DealsArgs, ctx: RequestContext) => {
      const first = checkFirst(args.first, ctx, DEALS_FIRST_DEFAULT);
      const offset = decodeCursor(args.after);
      const f = args.filter ?? {};
      if (f.amountMin != null && f.amountMax != null && f.amountMin > f.amountMax) {
        throw badInput('`amountMin` is larger than `amountMax`.');
      }
      const page = await dealsPage(
        ctx.reader,
        {
          kind: f.kind,
          partyIds: f.party ? await partyIds(f.party, ctx) : null,
          role: f.role,
          dateFrom: f.dateFrom,
          dateTo: f.dateTo,
          amountMin: f.amountMin,
          amountMax: f.amountMax,
          currency: f.currency,
          status: lower(f.status),
          lang: lower(f.language),
          articleId: f.article,
          asOf: args.asOf,
          includeRejected: args.includeRejected === true,
        },
        args.sort ?? 'DATE_DESC',
        offset,
        first,
      );
      for (const d of page.deals) ctx.loaders.deal.prime(d.id, d);
      ctx.loaders.seeDeals(page.withParties);
      return connection(page.deals, page.totalCount, offset);
    },
    article: (_: unknown, args: { id: string }, ctx: RequestContext) => ctx.loaders.article.load(args.id),
    articles: async (
      _: unknown,
      args: { first?: number | null; after?: string | null },
      ctx: RequestContext,
    ) => {
      const first = checkFirst(args.first, ctx, ARTICLES_FIRST_DEFAULT);
      const offset = decodeCursor(args.after);
      const page = await articlesPage(ctx.reader, offset, first);
      return connection(page.articles, page.totalCount, offset);
    },
  },
};
