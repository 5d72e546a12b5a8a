import type { DealStatus, ExtractedEntity, ExtractedRelation, RelationType } from '../ingest/types';
import { RELATION_TYPES, SYMMETRIC_RELATIONS } from '../ingest/types';
import { foldName } from '../ingest/resolve/normalize';
import type { GoldEntity, GoldRelation } from './gold';
import { foldSet, intersects, maxMatching } from './match';
import type { Counts } from './prf';
import { emptyCounts, sumCounts } from './prf';

/** GOLD-FORMAT: a deal reported as rumoured or abandoned is not a gold relation, so scoring skips it. */
export const IGNORED_STATUSES: ReadonlySet<DealStatus> = new Set<DealStatus>(['rumoured', 'abandoned']);

/** The three types the project's first target is about. */
export const CORE_RELATION_TYPES: readonly RelationType[] = ['ACQUIRED', 'FUNDED', 'COMPETES_WITH'];

export interface RelationScore {
  byType: Record<RelationType, Counts>;
  missed: GoldRelation[];
  spurious: ExtractedRelation[];
}

export function emptyByType(): Record<RelationType, Counts> {
  return Object.fromEntries(RELATION_TYPES.map((t) => [t, emptyCounts()])) as Record<RelationType, Counts>;
}

export function coreCounts(byType: Record<RelationType, Counts>): Counts {
  return sumCounts(CORE_RELATION_TYPES.map((t) => byType[t]));
}

export function allCounts(byType: Record<RelationType, Counts>): Counts {
  return sumCounts(RELATION_TYPES.map((t) => byType[t]));
}

/** The graph stores one fact per (type, source, target), symmetric ends sorted; duplicates are one fact here too. */
function factKey(type: RelationType, source: string, target: string): string {
  const ends = [foldName(source), foldName(target)];
  if (SYMMETRIC_RELATIONS.has(type)) ends.sort();
  return `${type}|${ends[0]}|${ends[1]}`;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * An end of a relation is known by its own name plus the other forms of the article's entity it names: the
 * entity with exactly that name, else the one having that name among its folded forms.
 */
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

/** The de-duplicated gold and kept predictions of one article, and for each gold relation its prediction's index or -1. */
export interface RelationMatching {
  gold: GoldRelation[];
  pred: ExtractedRelation[];
  matchOf: number[];
}

/**
 * Gold and predicted relations of one article. A prediction matches a gold relation of the same type when
 * source matches source and target matches target entity-wise (any fold of name or alias in common); for the
 * symmetric types the swapped pairing counts as well. Predictions with an ignored status are dropped first.
 * The one-to-one matching is the score's and the attribute score's (eval/attributes-match.ts).
 */
export function matchRelations(
  goldEntities: readonly GoldEntity[],
  goldRelations: readonly GoldRelation[],
  predEntities: readonly ExtractedEntity[],
  predRelations: readonly ExtractedRelation[],
): RelationMatching {
  const gold = uniqueBy(goldRelations, (r) => factKey(r.type, r.source, r.target));
  const kept = predRelations.filter((r) => r.status === null || !IGNORED_STATUSES.has(r.status));
  const pred = uniqueBy(kept, (r) => factKey(r.type, r.source, r.target));
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
  return { gold, pred, matchOf: maxMatching(edges, pred.length) };
}

export function scoreRelations(
  goldEntities: readonly GoldEntity[],
  goldRelations: readonly GoldRelation[],
  predEntities: readonly ExtractedEntity[],
  predRelations: readonly ExtractedRelation[],
): RelationScore {
  const { gold, pred, matchOf } = matchRelations(goldEntities, goldRelations, predEntities, predRelations);
  const matchedPred = new Set(matchOf.filter((p) => p !== -1));

  const byType = emptyByType();
  const missed: GoldRelation[] = [];
  gold.forEach((g, gi) => {
    if (matchOf[gi] === -1) {
      byType[g.type].fn++;
      missed.push(g);
    } else byType[g.type].tp++;
  });
  const spurious = pred.filter((_, pi) => !matchedPred.has(pi));
  for (const p of spurious) byType[p.type].fp++;
  return { byType, missed, spurious };
}
