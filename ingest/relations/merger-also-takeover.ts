import type { ExtractedRelation } from '../types';

/** Statuses that tell no deal made: a rumoured or abandoned takeover says nothing of the merger's form. */
const NOT_MADE = new Set(['rumoured', 'abandoned']);

/**
 * Only a surely read takeover tells the merger's form: weak frame readings (a gapped clause, a relative clause read
 * across) are the ones wrong when a true merger stands beside them, and stay below this.
 */
const MIN_TAKEOVER_CONFIDENCE = 0.6;

/** "Rainbow lifted its stake in Progressive to 52 pct": a step before the merger, not its form. */
const partStake = (r: ExtractedRelation): boolean => typeof r.stake === 'number' && r.stake < 100;

/** One key for an unordered pair of entity names. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * A merger the same story also tells as a takeover of one party by the other ("CBC to be acquired by Union
 * Planters" … "an agreement which would merge CBC with Union"; "Rabbit to merge with CTI" … "CTI will become a
 * wholly owned subsidiary of Rabbit") is that takeover's legal form, not a merger of equals: GOLD-FORMAT keeps
 * MERGED_WITH for a combination of equals, and no gold article (140 mergers) holds both types for one pair.
 */
export function withoutMergerTakenOver(relations: ExtractedRelation[]): ExtractedRelation[] {
  const takenOver = new Set(
    relations
      .filter(
        (r) =>
          r.type === 'ACQUIRED' &&
          !NOT_MADE.has(r.status ?? '') &&
          r.confidence >= MIN_TAKEOVER_CONFIDENCE &&
          !partStake(r),
      )
      .map((r) => pairKey(r.source, r.target)),
  );
  if (takenOver.size === 0) return relations;
  return relations.filter((r) => r.type !== 'MERGED_WITH' || !takenOver.has(pairKey(r.source, r.target)));
}
