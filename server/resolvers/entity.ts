import { onOrBefore } from '../../graph/read/deal-filter';
import type {
  EntityRecord,
  EvidenceRecord,
  FactRecord,
  MentionRecord,
  ParticipationRecord,
} from '../../graph/read/records';
import type { EntityDealsArgs } from '../../graph/read/entity-deals';
import type { RequestContext } from '../context';
import { boundOf, checkFirst, liveEvidence, upper } from './args';

/** Default page size of entity sub-lists, matching the SDL defaults. */
export const ENTITY_LIST_DEFAULT = 20;

interface FactArgs {
  type?: string | null;
  role?: string | null;
  asOf?: string | null;
  includeRejected?: boolean | null;
}

async function factsOf(entity: EntityRecord, args: FactArgs, ctx: RequestContext): Promise<FactRecord[]> {
  const bound = boundOf(args.asOf);
  const facts = await ctx.loaders.facts.load(entity.id);
  return facts.filter(
    (f) =>
      (args.includeRejected || !f.rejected) &&
      (!args.type || f.type === args.type) &&
      onOrBefore(f.firstReported, bound),
  );
}

const related = (entity: EntityRecord, facts: FactRecord[]) =>
  facts.map((fact) => ({ fact, otherId: fact.sourceId === entity.id ? fact.targetId : fact.sourceId }));

/** The `Entity.deals` arguments as the read takes them; throws BAD_USER_INPUT on a bad `first`. */
export function entityDealsArgs(args: DealArgs, ctx: RequestContext): EntityDealsArgs {
  return {
    role: args.role ?? null,
    kind: args.kind ?? null,
    asOf: boundOf(args.asOf),
    includeRejected: args.includeRejected === true,
    first: checkFirst(args.first, ctx, ENTITY_LIST_DEFAULT),
  };
}

export interface DealArgs {
  role?: string | null;
  kind?: string | null;
  first?: number | null;
  asOf?: string | null;
  includeRejected?: boolean | null;
}

function dealMatches(p: ParticipationRecord, args: DealArgs, bound: string | null): boolean {
  return (
    (args.includeRejected || !p.deal.rejected) &&
    (!args.role || p.role === args.role) &&
    (!args.kind || p.deal.kind === args.kind) &&
    onOrBefore(p.deal.date, bound) &&
    onOrBefore(p.deal.firstReported, bound)
  );
}

const entityFields = {
  type: (e: EntityRecord) => (e.type === 'Person' ? 'PERSON' : 'ORGANIZATION'),
  mentionCount: async (e: EntityRecord, _: unknown, ctx: RequestContext) =>
    (await ctx.loaders.mentions.load(e.id)).reduce((n, m) => n + m.count, 0),
  articleCount: async (e: EntityRecord, _: unknown, ctx: RequestContext) =>
    (await ctx.loaders.mentions.load(e.id)).length,
  mentions: async (e: EntityRecord, args: { first?: number | null }, ctx: RequestContext) =>
    (await ctx.loaders.mentions.load(e.id)).slice(0, checkFirst(args.first, ctx, ENTITY_LIST_DEFAULT)),
  articles: async (e: EntityRecord, args: { first?: number | null }, ctx: RequestContext) => {
    const mentions = (await ctx.loaders.mentions.load(e.id)).slice(
      0,
      checkFirst(args.first, ctx, ENTITY_LIST_DEFAULT),
    );
    const articles = await Promise.all(mentions.map((m) => ctx.loaders.article.load(m.articleId)));
    return articles.filter((a) => a !== null);
  },
  // Filtered and cut to `first` in Cypher, with the parties, so a page of deals is one round trip.
  deals: (e: EntityRecord, args: DealArgs, ctx: RequestContext) =>
    ctx.loaders.entityDeals.load({ entityId: e.id, ...entityDealsArgs(args, ctx) }),
  dealCount: async (e: EntityRecord, args: DealArgs, ctx: RequestContext) =>
    (await ctx.loaders.participations.load(e.id)).filter((p) => dealMatches(p, { ...args, asOf: null }, null))
      .length,
  facts: (e: EntityRecord, args: FactArgs, ctx: RequestContext) => factsOf(e, args, ctx),
};

const entityLink = {
  entity: (r: { otherId: string }, _: unknown, ctx: RequestContext) => ctx.loaders.entityNow(r.otherId),
};

export const entityResolvers = {
  Entity: {
    __resolveType: (e: EntityRecord) => e.type,
  },
  Organization: {
    ...entityFields,
    competitors: async (e: EntityRecord, args: FactArgs, ctx: RequestContext) =>
      related(e, await factsOf(e, { ...args, type: 'COMPETES_WITH' }, ctx)),
    people: async (e: EntityRecord, args: FactArgs, ctx: RequestContext) => {
      const facts = await factsOf(e, { ...args, type: args.role }, ctx);
      return related(
        e,
        facts.filter((f) => f.type !== 'COMPETES_WITH' && f.targetId === e.id),
      );
    },
  },
  Person: {
    ...entityFields,
    organizations: async (e: EntityRecord, args: FactArgs, ctx: RequestContext) => {
      const facts = await factsOf(e, { ...args, type: args.role }, ctx);
      return related(
        e,
        facts.filter((f) => f.type !== 'COMPETES_WITH' && f.sourceId === e.id),
      );
    },
  },
  Related: entityLink,
  Mention: {
    article: (m: MentionRecord, _: unknown, ctx: RequestContext) => ctx.loaders.article.load(m.articleId),
    spans: (m: MentionRecord) =>
      m.starts.map((start, i) => ({ start, end: m.ends[i] ?? start, text: m.surfaces[i] ?? '' })),
  },
  Fact: {
    source: (f: FactRecord, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(f.sourceId),
    target: (f: FactRecord, _: unknown, ctx: RequestContext) => ctx.loaders.entity.load(f.targetId),
    evidence: (f: FactRecord, _: unknown, ctx: RequestContext) => liveEvidence(f.evidence, ctx),
    curation: (f: FactRecord, _: unknown, ctx: RequestContext) => ctx.loaders.curation.load(f.id),
  },
  Evidence: {
    article: (r: EvidenceRecord, _: unknown, ctx: RequestContext) => ctx.loaders.article.load(r.articleId),
    status: (r: EvidenceRecord) => upper(r.status),
  },
};
