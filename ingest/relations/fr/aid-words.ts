/** Words of public aid and of obtaining it, shared by the French funding readers (funded.ts, obtained-from-giver.ts). */

/** Verbs of receiving money (not of raising it: "lève" has its own rules). */
export const OBTAIN =
  '(obtient|obtenu|obtenir|obtiendra|décroche|décroché|reçoit|reçu|recevoir|perçoit|perçu|bénéficie|bénéficié)';

/** Public aid and loans, which a body "grants" without a round ("une subvention", "un prêt d'amorçage"). */
export const PUBLIC_AID =
  '(subvention|subventions|prêt|prêts|avance|avances|aide|aides|dotation|financement|financements|crédit)';
