import type { ExtractedRelation } from '../types';

/** Statuses of a purchase that did not give the buyer control. */
const NOT_OWNED = new Set(['abandoned', 'rumoured']);

function pairKey(r: ExtractedRelation): string {
  return `${r.source}\u0000${r.target}`;
}

/**
 * "Y is backed by X" beside "X bought Y" in the same article: the owner's backing is its control, not a separate
 * funding (gold rows give the pair once, as ACQUIRED), so such FUNDED facts are left out.
 */
export function withoutOwnersBacking(relations: ExtractedRelation[]): ExtractedRelation[] {
  const owned = new Set(
    relations
      .filter((r) => r.type === 'ACQUIRED' && (r.status === null || !NOT_OWNED.has(r.status)))
      .map(pairKey),
  );
  return relations.filter((r) => r.type !== 'FUNDED' || !owned.has(pairKey(r)));
}
