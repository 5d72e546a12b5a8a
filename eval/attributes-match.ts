import type { ExtractedEntity, ExtractedRelation, RelationType } from '../ingest/types';
import { SYMMETRIC_RELATIONS } from '../ingest/types';
import { foldName } from '../ingest/resolve/normalize';
import type { GoldEntity, GoldRelation } from './gold';
import { foldSet, intersects, maxMatching } from './match';
import { IGNORED_STATUSES } from './score-relations';

/**
 * The gold–prediction pairs behind the relation score (eval/score-relations.ts), so that the attribute score reads
 * the values of exactly the relations counted as found: same de-duplication, same ends, same one-to-one matching.
 * score-relations.ts returns counts only, hence this mirror; a unit test holds the two to the same pair counts.
 */

export interface MatchedPair {
  gold: GoldRelation;
  predicted: ExtractedRelation;
}

function factKey(type: RelationType, source: string, target: string): string {
  const ends = [foldName(source), foldName(target)];
  if (SYMMETRIC_RELATIONS.has(type)) ends.sort();
  return `${type}|${ends[0]}|${ends[1]}`;
}

function firstOfEachFact<T extends { type: RelationType; source: string; target: string }>(
  items: readonly T[],
): T[] {
  const seen = new Set<string>();
  return items.filter((r) => {
    const k = factKey(r.type, r.source, r.target);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function endResolver(entities: readonly { name: string; aliases: readonly string[] }[]) {
  const exact = new Map<string, Set<string>>();
  const byFold = new Map<string, Set<string>>();
  for (const e of entities) {
    const forms = foldSet(e.name, e.aliases);
    if (!exact.has(e.name)) exact.set(e.name, forms);
    for (const f of forms) if (!byFold.has(f)) byFold.set(f, forms);
  }
  return (name: string): Set<string> => {
    const own = foldSet(name);
    const entity = exact.get(name) ?? [...own].map((f) => byFold.get(f)).find((x) => x !== undefined);
    return entity ? new Set([...own, ...entity]) : own;
  };
}

export function matchedPairs(
  goldEntities: readonly GoldEntity[],
  goldRelations: readonly GoldRelation[],
  predEntities: readonly ExtractedEntity[],
  predRelations: readonly ExtractedRelation[],
): MatchedPair[] {
  const gold = firstOfEachFact(goldRelations);
  const kept = predRelations.filter((r) => r.status === null || !IGNORED_STATUSES.has(r.status));
  const pred = firstOfEachFact(kept);
  const goldEnd = endResolver(goldEntities);
  const predEnd = endResolver(predEntities);
  const predEnds = pred.map((p) => [predEnd(p.source), predEnd(p.target)] as const);
  const edges = gold.map((g) => {
    const gs = goldEnd(g.source);
    const gt = goldEnd(g.target);
    const out: number[] = [];
    pred.forEach((p, pi) => {
      if (p.type !== g.type) return;
      const [ps, pt] = predEnds[pi];
      const direct = intersects(gs, ps) && intersects(gt, pt);
      const swapped = SYMMETRIC_RELATIONS.has(g.type) && intersects(gs, pt) && intersects(gt, ps);
      if (direct || swapped) out.push(pi);
    });
    return out;
  });
  const matchOf = maxMatching(edges, pred.length);
  const pairs: MatchedPair[] = [];
  gold.forEach((g, gi) => {
    if (matchOf[gi] !== -1) pairs.push({ gold: g, predicted: pred[matchOf[gi]] });
  });
  return pairs;
}
