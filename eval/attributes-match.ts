import type { ExtractedEntity, ExtractedRelation } from '../ingest/types';
import type { GoldEntity, GoldRelation } from './gold';
import { matchRelations } from './score-relations';

/**
 * The gold–prediction pairs behind the relation score, so that the attribute score reads the values of exactly
 * the relations counted as found: same de-duplication, same ends, same one-to-one matching (eval/score-relations.ts).
 */
export interface MatchedPair {
  gold: GoldRelation;
  predicted: ExtractedRelation;
}

export function matchedPairs(
  goldEntities: readonly GoldEntity[],
  goldRelations: readonly GoldRelation[],
  predEntities: readonly ExtractedEntity[],
  predRelations: readonly ExtractedRelation[],
): MatchedPair[] {
  const { gold, pred, matchOf } = matchRelations(goldEntities, goldRelations, predEntities, predRelations);
  const pairs: MatchedPair[] = [];
  gold.forEach((g, gi) => {
    if (matchOf[gi] !== -1) pairs.push({ gold: g, predicted: pred[matchOf[gi]] });
  });
  return pairs;
}
