import type { ExtractedRelation } from '../types';

/**
 * A sale told twice: once with the business unnamed ("Valtor cède son activité optronique au fonds B", a headline
 * or a recap) and once with its name ("la cession de sa division d'optronique, Sirius, au fonds B"). The unnamed
 * telling reads the owner as target and seller (GOLD-FORMAT: a business of an organisation counts as that
 * organisation); once the same buyer is read buying a named company from that same owner, the unnamed telling is
 * that deal and not a second one in which the owner itself changes hands.
 */
export function withoutUnnamedBusinessTwice(relations: ExtractedRelation[]): ExtractedRelation[] {
  const namedFrom = new Set(
    relations
      .filter((r) => r.type === 'ACQUIRED' && r.seller !== null && r.seller !== r.target)
      .map((r) => `${r.source}\u0000${r.seller}`),
  );
  if (namedFrom.size === 0) return relations;
  return relations.filter(
    (r) => !(r.type === 'ACQUIRED' && r.seller === r.target && namedFrom.has(`${r.source}\u0000${r.target}`)),
  );
}
