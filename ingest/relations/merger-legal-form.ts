import type { ExtractedRelation } from '../types';
import { pairKey } from './merger-also-takeover';

/**
 * The legal form of a merger told beside it: "A et B ont annoncé leur fusion … L'opération prendra la forme d'une
 * fusion-absorption de B par A, dont les actionnaires détiendront 58 % du nouvel ensemble", "the merger will take
 * the form of a merger by absorption of B into A". The takeover read from the legal-form noun is how the two
 * companies combine, not a purchase: the gold keeps the MERGED_WITH and lists the ACQUIRED as a negative
 * (tests/dev-gold-30 fr-1224). Only when the same story tells the pair's merger: a "fusion-absorption" told alone
 * ("Numeris procède à la fusion-absorption de sa filiale") keeps its takeover.
 */

/** Nouns naming a combination's legal form, not a deal of its own. */
const LEGAL_FORM =
  /fusion[-\s]absorption|fusion\s+par\s+(?:voie\s+d['’])?absorption|merger\s+by\s+absorption/iu;

export function withoutMergerLegalFormTakeovers(relations: ExtractedRelation[]): ExtractedRelation[] {
  const merged = new Set(
    relations.filter((r) => r.type === 'MERGED_WITH').map((r) => pairKey(r.source, r.target)),
  );
  if (merged.size === 0) return relations;
  return relations.filter(
    (r) =>
      r.type !== 'ACQUIRED' ||
      !merged.has(pairKey(r.source, r.target)) ||
      !LEGAL_FORM.test(r.evidence.sentence),
  );
}
