import { onOrBefore } from '../../graph/read/deal-filter';
import type { HopRecord } from '../../graph/read/hops';
import {
  NEIGHBOURHOOD_DEPTH_MAX,
  NEIGHBOURHOOD_LIMIT_MAX,
  neighbourhood,
} from '../../graph/read/neighbourhood';
import {
  PATH_HOPS_DEFAULT,
  PATH_HOPS_MAX,
  shortestPaths,
  shortestPathsBetweenIds,
} from '../../graph/read/paths';
import type { PathOptions, PathRecord } from '../../graph/read/paths';
import type { DealRecord, EntityRecord, FactRecord } from '../../graph/read/records';
import type { RequestContext } from '../context';
import { badInput } from '../errors';
import { boundOf } from './args';
import { LOOKUP_CHARS_MAX, looksLikeId, noEntity, requireEntity } from './lookup';

export const PATHS_FIRST_DEFAULT = 5;
export const PATHS_FIRST_MAX = 20;
export const NEIGHBOURHOOD_DEPTH_DEFAULT = 1;
export const NEIGHBOURHOOD_LIMIT_DEFAULT = 50;

function inRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`\`${name}\` must be between ${min} and ${max}.`);
  return value;
}

interface TimelineEvent {
  date: string | null;
  kind: string;
  deal: DealRecord | null;
  fact: FactRecord | null;
  role: string | null;
}

/** The entities of `ids` that exist; a plain list (no promise) when every one was already seen. */
function entitiesOf(ids: string[], ctx: RequestContext): EntityRecord[] | Promise<EntityRecord[]> {
  const found = ids.map((id) => ctx.loaders.entityNow(id));
  const present = (list: (EntityRecord | null)[]) => list.filter((e) => e !== null);
  return found.some((e) => e instanceof Promise)
    ? Promise.all(found).then(present)
    : present(found as (EntityRecord | null)[]);
}

/** Ends given by id are resolved inside the path query (one round trip); names are looked up first. */
async function pathsFor(
  fromRef: string,
  toRef: string,
  opts: PathOptions,
  ctx: RequestContext,
): Promise<PathRecord[]> {
  if (
    looksLikeId(fromRef) &&
    looksLikeId(toRef) &&
    Math.max(fromRef.length, toRef.length) <= LOOKUP_CHARS_MAX
  ) {
    const found = await shortestPathsBetweenIds(ctx.reader, fromRef, toRef, opts);
    if (!found.from) throw noEntity(fromRef);
    if (!found.to) throw noEntity(toRef);
    ctx.loaders.entity.prime(fromRef, found.from);
    ctx.loaders.entity.prime(toRef, found.to);
    return found.paths;
  }
  const [from, to] = await Promise.all([requireEntity(fromRef, ctx), requireEntity(toRef, ctx)]);
  return shortestPaths(ctx.reader, from.id, to.id, opts);
}

export const walkResolvers = {
  Query: {
    paths: async (
      _: unknown,
      args: {
        from: string;
        to: string;
        maxHops?: number | null;
        first?: number | null;
        asOf?: string | null;
      },
      ctx: RequestContext,
    ) => {
      const maxHops = inRange('maxHops', args.maxHops ?? PATH_HOPS_DEFAULT, 1, PATH_HOPS_MAX);
      const first = inRange('first', args.first ?? PATHS_FIRST_DEFAULT, 1, PATHS_FIRST_MAX);
      const opts = { maxHops, first, asOf: boundOf(args.asOf), includeRejected: false };
      const paths = await pathsFor(args.from, args.to, opts, ctx);
      for (const p of paths) for (const e of p.entities) ctx.loaders.seeEntity(e);
      return paths.map((p) => ({ length: p.hops.length, entityIds: p.entityIds, hops: p.hops }));
    },
    neighbourhood: async (
      _: unknown,
      args: { id: string; depth?: number | null; limit?: number | null; asOf?: string | null },
      ctx: RequestContext,
    ) => {
      const depth = inRange('depth', args.depth ?? NEIGHBOURHOOD_DEPTH_DEFAULT, 0, NEIGHBOURHOOD_DEPTH_MAX);
      const limit = inRange('limit', args.limit ?? NEIGHBOURHOOD_LIMIT_DEFAULT, 1, NEIGHBOURHOOD_LIMIT_MAX);
      const center = await requireEntity(args.id, ctx);
      const found = await neighbourhood(ctx.reader, center.id, {
        depth,
        limit,
        asOf: boundOf(args.asOf),
        includeRejected: false,
      });
      return { center, entityIds: found.entityIds, hops: found.hops, truncated: found.truncated };
    },
    timeline: async (_: unknown, args: { entity: string; asOf?: string | null }, ctx: RequestContext) => {
      const entity = await requireEntity(args.entity, ctx);
      const bound = boundOf(args.asOf);
      const [participations, facts] = await Promise.all([
        ctx.loaders.participations.load(entity.id),
        ctx.loaders.facts.load(entity.id),
      ]);
      const events: TimelineEvent[] = [];
      for (const p of participations) {
        if (p.deal.rejected || !onOrBefore(p.deal.date, bound) || !onOrBefore(p.deal.firstReported, bound))
          continue;
        events.push({
          date: p.deal.date ?? p.deal.firstReported,
          kind: p.deal.kind,
          deal: p.deal,
          fact: null,
          role: p.role,
        });
      }
      for (const f of facts) {
        if (f.rejected || !onOrBefore(f.firstReported, bound)) continue;
        events.push({ date: f.firstReported, kind: f.type, deal: null, fact: f, role: null });
      }
      // Undated events go last; dates are ISO strings, so string order is time order.
      return events.sort((a, b) => (a.date ?? '~').localeCompare(b.date ?? '~'));
    },
  },
  Path: {
    entities: (p: { entityIds: string[] }, _: unknown, ctx: RequestContext) => entitiesOf(p.entityIds, ctx),
  },
  Neighbourhood: {
    entities: (n: { entityIds: string[] }, _: unknown, ctx: RequestContext) => entitiesOf(n.entityIds, ctx),
  },
  Hop: {
    from: (h: HopRecord, _: unknown, ctx: RequestContext) => ctx.loaders.entityNow(h.fromId),
    to: (h: HopRecord, _: unknown, ctx: RequestContext) => ctx.loaders.entityNow(h.toId),
  },
};
