import type { GraphQLResolveInfo } from 'graphql';
import { entitiesByName } from '../../graph/read/entities';
import { entityByNameWithLists } from '../../graph/read/entity-lookup';
import type { EntityRecord } from '../../graph/read/records';
import type { RequestContext } from '../context';
import { badInput, notFound } from '../errors';
import { entityListsWanted } from './look-ahead';

/** Longest name or id accepted in a lookup, in characters. */
export const LOOKUP_CHARS_MAX = 300;

type EntityLabel = 'Organization' | 'Person' | null;

export const looksLikeId = (ref: string): boolean => /^(org|person):/.test(ref);

/** The entity an `id` or a `name` argument names (exactly one of them), or null. */
export async function findEntity(
  args: { id?: string | null; name?: string | null },
  label: EntityLabel,
  ctx: RequestContext,
  info?: GraphQLResolveInfo,
): Promise<EntityRecord | null> {
  const hasId = typeof args.id === 'string';
  const hasName = typeof args.name === 'string';
  if (hasId === hasName) throw badInput('Give exactly one of `id` and `name`.');
  const ref = (hasId ? args.id : args.name) as string;
  if (ref.length > LOOKUP_CHARS_MAX)
    throw badInput(`An id or name has at most ${LOOKUP_CHARS_MAX} characters.`);
  const found = hasId
    ? await ctx.loaders.entity.load(ref)
    : info
      ? await byNameLookingAhead(ref, label, ctx, info)
      : ((await entitiesByName(ctx.reader, ref, label))[0] ?? null);
  if (found && label && found.type !== label) return null;
  if (found) ctx.loaders.entity.prime(found.id, found);
  return found;
}

/** The name lookup with the lists the request reads next; what came along is cached for their resolvers. */
async function byNameLookingAhead(
  name: string,
  label: EntityLabel,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
): Promise<EntityRecord | null> {
  const wanted = entityListsWanted(info, ctx);
  const found = await entityByNameWithLists(ctx.reader, name, label, wanted);
  if (!found) return null;
  const id = found.entity.id;
  if (wanted.deals && found.deals) {
    ctx.loaders.entityDeals.prime({ entityId: id, ...wanted.deals }, found.deals);
    ctx.loaders.seeDeals(found.deals);
  }
  if (found.facts) {
    ctx.loaders.facts.prime(id, found.facts);
    for (const other of found.others) ctx.loaders.seeEntity(other);
  }
  return found.entity;
}

/** An entity given by id or name where one is required (paths, neighbourhood, timeline). */
export async function requireEntity(ref: string, ctx: RequestContext): Promise<EntityRecord> {
  const found = await findEntity(looksLikeId(ref) ? { id: ref } : { name: ref }, null, ctx);
  if (!found) throw noEntity(ref);
  return found;
}

/** The NOT_FOUND error of `requireEntity`. */
export const noEntity = (ref: string) => notFound(`No entity matches "${ref.slice(0, LOOKUP_CHARS_MAX)}".`);

/** Entity ids a deal-party filter stands for: the id itself, or every entity bearing the name. */
export async function partyIds(ref: string, ctx: RequestContext): Promise<string[]> {
  if (ref.length > LOOKUP_CHARS_MAX) throw badInput(`A party has at most ${LOOKUP_CHARS_MAX} characters.`);
  if (looksLikeId(ref)) {
    const e = await ctx.loaders.entity.load(ref);
    return e ? [e.id] : [];
  }
  return (await entitiesByName(ctx.reader, ref, null)).map((e) => e.id);
}
