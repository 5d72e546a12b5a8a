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
import { entitiesByIds, mentionsByEntityIds } from '../graph/read/entities';
import { curationsByFactIds, factsByEntityIds } from '../graph/read/facts';

type Batch<V> = (reader: Reader, ids: readonly string[]) => Promise<Map<string, V>>;

/**
 * One DataLoader per kind of lookup, made fresh for every request: all the keys asked for in one tick of
 * resolution go to Neo4j as a single UNWIND query, so nested lists cost one query per level, not per item.
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
  return {
    entity: one(entitiesByIds),
    article: one(articlesByIds),
    deal: one(dealsByIds),
    curation: one(curationsByFactIds),
    mentions: many(mentionsByEntityIds),
    participations: many(participationsByEntityIds),
    facts: many(factsByEntityIds),
    parties: many(partiesByDealIds),
    reports: many(reportsByDealIds),
    articleEntities: many(entitiesByArticleIds),
    articleDeals: many(dealsByArticleIds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
