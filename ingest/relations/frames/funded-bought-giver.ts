import type { ExtractedRelation } from '../../types';

/**
 * "Régénéra ouvre son capital à Valmy et s'offre le belge Plastiflex": the company bought in a sentence is no giver of
 * money to its buyer in that same sentence. A FUNDED fact whose two ends are the target and the buyer of a purchase
 * told in the same sentence read the purchase's object as an investor, and is dropped.
 */
export function withoutBoughtGivers(relations: ExtractedRelation[]): ExtractedRelation[] {
  const bought = new Set(
    relations
      .filter((r) => r.type === 'ACQUIRED')
      .map((r) => `${r.evidence.start}\u0000${r.target}\u0000${r.source}`),
  );
  if (bought.size === 0) return relations;
  return relations.filter(
    (r) => r.type !== 'FUNDED' || !bought.has(`${r.evidence.start}\u0000${r.source}\u0000${r.target}`),
  );
}
