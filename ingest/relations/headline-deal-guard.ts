import type { ExtractedRelation } from '../types';

/**
 * A wire headline shortens its parties: "THOMSON TAKES OVER THORN EMI AUDIOVISUAL" names the parent when the body
 * says its subsidiary Thomson Grand Public bought. When the body tells a deal on the same target with another
 * buyer, the headline's reading is dropped. (The same buyer with the headline's target as the body's seller is
 * left: "SAFEWAY SELLS UNIT TO BORMAN'S" is the business-of reading the gold wants when the unit is not a company.)
 */

/** The first line of a wire story, all in capitals: its headline. */
function isHeadline(r: ExtractedRelation): boolean {
  return r.evidence.start === 0 && !/\p{Ll}/u.test(r.evidence.sentence);
}

const made = (r: ExtractedRelation): boolean => r.status !== 'rumoured' && r.status !== 'abandoned';

/** Deals read from a capitals headline that the body tells with other parties are left out. */
export function withoutHeadlineShorthand(relations: ExtractedRelation[]): ExtractedRelation[] {
  const body = relations.filter(
    (r) => (r.type === 'ACQUIRED' || r.type === 'FUNDED') && !isHeadline(r) && made(r),
  );
  if (body.length === 0) return relations;
  return relations.filter(
    (h) =>
      !(h.type === 'ACQUIRED' || h.type === 'FUNDED') ||
      !isHeadline(h) ||
      !body.some((b) => b.type === h.type && b.target === h.target && b.source !== h.source),
  );
}
