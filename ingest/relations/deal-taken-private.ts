import { rules } from './rule';

/**
 * A buyout told as taking a listed company private, from the company's side: "Y, which was taken private by X in
 * 2021" (the active "X took Y private" is `en.acquired.take-private`, en/wire-deals.ts); French "X a retiré Y de la
 * cote", "Y, retirée de la Bourse par X". The buyer ends the listing by buying the shares, an ACQUIRED in the gold
 * format. "went private" (no buyer) and a plan ("considering taking Y private") are left to the modality reader.
 */

const RETIRE = '(retiré|retirée|retire|retirer|retirera|retirent)';

export const DEAL_TAKEN_PRIVATE_RULES = rules([
  {
    id: 'en.acquired.taken-private-by',
    type: 'ACQUIRED',
    pattern: `@tgt ?, ?(which|that) ?(was|were|is|has|had) ?(been|being) taken private ?(in|last) ?(\\d{4}|year) by ~2 ?*place ~3 @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.retired-from-listing',
    type: 'ACQUIRED',
    pattern: `@src ~6 ${RETIRE} @tgt de la (cote|bourse)`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.retired-from-listing-by',
    type: 'ACQUIRED',
    pattern: `@tgt ?, ~3 (retiré|retirée|retirés|retirées) de la (cote|bourse) ?(en) ?(\\d{4}) par ~4! @src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.8,
  },
]);
