import type { EntityType, ExtractedEntity } from '../ingest/types';
import type { GoldEntity } from './gold';
import { foldName } from '../ingest/resolve/normalize';
import { foldSet, intersects, maxMatching } from './match';
import type { Counts } from './prf';
import { emptyCounts } from './prf';

export interface EntityScore {
  overall: Counts;
  byType: Record<EntityType, Counts>;
  missed: GoldEntity[];
  spurious: ExtractedEntity[];
}

/**
 * A prediction matches a gold entity of the same type when any of its folded forms (name or alias) equals any
 * folded gold form. An exact name-to-name fold is tried first, so that with "Lino Ventura" and "Ventura" both
 * predicted the full name is the one counted correct.
 */
export function scoreEntities(
  gold: readonly GoldEntity[],
  predicted: readonly ExtractedEntity[],
): EntityScore {
  const goldFolds = gold.map((g) => foldSet(g.name, g.aliases));
  const predFolds = predicted.map((p) => foldSet(p.name, p.aliases));
  const edges = gold.map((g, gi) => {
    const exact: number[] = [];
    const viaAlias: number[] = [];
    predicted.forEach((p, pi) => {
      if (p.type !== g.type || !intersects(goldFolds[gi], predFolds[pi])) return;
      (foldName(p.name) === foldName(g.name) ? exact : viaAlias).push(pi);
    });
    return [...exact, ...viaAlias];
  });
  const matchOf = maxMatching(edges, predicted.length);
  const matchedPred = new Set(matchOf.filter((p) => p !== -1));

  const byType: Record<EntityType, Counts> = { Organization: emptyCounts(), Person: emptyCounts() };
  const overall = emptyCounts();
  const missed: GoldEntity[] = [];
  gold.forEach((g, gi) => {
    const key = matchOf[gi] === -1 ? 'fn' : 'tp';
    byType[g.type][key]++;
    overall[key]++;
    if (key === 'fn') missed.push(g);
  });
  const spurious = predicted.filter((_, pi) => !matchedPred.has(pi));
  for (const p of spurious) {
    byType[p.type].fp++;
    overall.fp++;
  }
  return { overall, byType, missed, spurious };
}
