import type { ArticleRecord, DealRecord, PartyRecord } from '../../graph/read/records';
import type { RequestContext } from '../context';
import { checkFirst, liveEvidence, upper } from './args';

/** Default number of entities listed per article, matching the SDL default. */
export const ARTICLE_ENTITIES_DEFAULT = 50;

export const dealResolvers = {
  Deal: {
    status: (d: DealRecord) => upper(d.status),
    parties: (d: DealRecord, args: { role?: string | null }, ctx: RequestContext) => {
      const keep = (list: PartyRecord[]) => list.filter((p) => !args.role || p.role === args.role);
      const list = ctx.loaders.partiesNow(d.id);
      return Array.isArray(list) ? keep(list) : list.then(keep);
    },
    evidence: async (d: DealRecord, _: unknown, ctx: RequestContext) =>
      liveEvidence(await ctx.loaders.reports.load(d.id), ctx),
    amountConflict: async (d: DealRecord, _: unknown, ctx: RequestContext) => {
      const reports = await ctx.loaders.reports.load(d.id);
      const amounts = new Set(
        reports.filter((r) => r.amount !== null).map((r) => `${r.amount} ${r.currency ?? ''}`),
      );
      return amounts.size > 1;
    },
    curation: (d: DealRecord, _: unknown, ctx: RequestContext) => ctx.loaders.curation.load(d.id),
  },
  DealParty: {
    entity: (p: PartyRecord, _: unknown, ctx: RequestContext) => ctx.loaders.entityNow(p.entityId),
  },
  Article: {
    language: (a: ArticleRecord) => (a.lang === 'fr' ? 'FR' : a.lang === 'en' ? 'EN' : 'OTHER'),
    source: (a: ArticleRecord) => a.source,
    entities: async (a: ArticleRecord, args: { first?: number | null }, ctx: RequestContext) =>
      (await ctx.loaders.articleEntities.load(a.id)).slice(
        0,
        checkFirst(args.first, ctx, ARTICLE_ENTITIES_DEFAULT),
      ),
    deals: async (a: ArticleRecord, _: unknown, ctx: RequestContext) =>
      (await ctx.loaders.articleDeals.load(a.id)).filter((d) => !d.rejected),
  },
};
