import DataLoader from 'dataloader';
import type { Reader } from '../graph/read/reader';
import { articlesByIds, entitiesByArticleIds } from '../graph/read/articles';
import {
  dealsByArticleIds,
  dealsByIds,
  partiesByDealIds,
  participationsByEntityIds,
  reportsByDealIds,
} from '../graph/read/deals';
import { dealsOfEntities } from '../graph/read/entity-deals';
import type { DealWithParties, EntityDealsArgs, ParticipationWithParties } from '../graph/read/entity-deals';
import { entitiesByIds, mentionsByEntityIds } from '../graph/read/entities';
import { curationsByFactIds, factsByEntityIds } from '../graph/read/facts';
import type { EntityRecord, PartyRecord } from '../graph/read/records';

type Batch<V> = (reader: Reader, ids: readonly string[]) => Promise<Map<string, V>>;

/** Key of the `entityDeals` loader: whose deals, and which page of them. */
export interface EntityDealsKey extends EntityDealsArgs {
  entityId: string;
}

/**
 * One DataLoader per kind of lookup, made fresh for every request: all the keys asked for in one tick of
 * resolution go to Neo4j as a single UNWIND query, so nested lists cost one query per level, not per item.
 * Reads that already carry nested records (a deal's parties, a fact's other entity) prime the loaders of
 * those records, so the next level of the request costs no round trip at all.
 */
export function createLoaders(reader: Reader) {
  const one = <V>(batch: Batch<V>) =>
    new DataLoader<string, V | null>(async (ids) => {
      const found = await batch(reader, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  const many = <V>(batch: Batch<V[]>) =>
    new DataLoader<string, V[]>(async (ids) => {
      const found = await batch(reader, ids);
      return ids.map((id) => found.get(id) ?? []);
    });
  const entity = one(entitiesByIds);
  const parties = many(partiesByDealIds);
  // What was primed, also kept readable without a promise: graphql-js completes a plain value much more
  // cheaply than a promise, and a page of deals asks for one entity per party. First one in wins, as in
  // DataLoader.prime.
  const knownEntities = new Map<string, EntityRecord>();
  const knownParties = new Map<string, PartyRecord[]>();
  const seeEntity = (e: EntityRecord) => {
    if (!knownEntities.has(e.id)) knownEntities.set(e.id, e);
    entity.prime(e.id, e);
  };
  const seeDeals = (deals: readonly DealWithParties[]) => {
    for (const d of deals) {
      if (!knownParties.has(d.deal.id)) knownParties.set(d.deal.id, d.parties);
      parties.prime(d.deal.id, d.parties);
      for (const e of d.entities) seeEntity(e);
    }
  };
  // Keys with the same filters share one query; different filters in one request get one query each.
  const entityDeals = new DataLoader<EntityDealsKey, ParticipationWithParties[], string>(
    async (keys) => {
      const byArgs = new Map<string, EntityDealsKey[]>();
      for (const k of keys) {
        const sig = argsSignature(k);
        byArgs.set(sig, [...(byArgs.get(sig) ?? []), k]);
      }
      const found = new Map<string, ParticipationWithParties[]>();
      await Promise.all(
        [...byArgs].map(async ([sig, group]) => {
          const rows = await dealsOfEntities(
            reader,
            group.map((k) => k.entityId),
            group[0],
          );
          for (const [id, list] of rows) {
            seeDeals(list);
            found.set(`${id}\u0000${sig}`, list);
          }
        }),
      );
      return keys.map((k) => found.get(`${k.entityId}\u0000${argsSignature(k)}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.entityId}\u0000${argsSignature(k)}` },
  );
  return {
    entity,
    article: one(articlesByIds),
    deal: one(dealsByIds),
    curation: one(curationsByFactIds),
    mentions: many(mentionsByEntityIds),
    participations: many(participationsByEntityIds),
    entityDeals,
    facts: many((r, ids) => factsByEntityIds(r, ids, seeEntity)),
    parties,
    reports: many(reportsByDealIds),
    articleEntities: many(entitiesByArticleIds),
    articleDeals: many(dealsByArticleIds),
    /** Caches what a page of deals read along with them (see `DealPage.withParties`). */
    seeDeals,
    /** Caches an entity read along with something else. */
    seeEntity,
    /** `entity.load`, answered at once (no promise) for an entity seen through `seeEntity` or `seeDeals`. */
    entityNow: (id: string): EntityRecord | null | Promise<EntityRecord | null> =>
      knownEntities.get(id) ?? entity.load(id),
    /** `parties.load`, answered at once for a deal seen through `seeDeals`. */
    partiesNow: (dealId: string): PartyRecord[] | Promise<PartyRecord[]> =>
      knownParties.get(dealId) ?? parties.load(dealId),
  };
}

function argsSignature(a: EntityDealsArgs): string {
  return JSON.stringify([a.role, a.kind, a.asOf, a.includeRejected, a.first]);
}

export type Loaders = ReturnType<typeof createLoaders>;
