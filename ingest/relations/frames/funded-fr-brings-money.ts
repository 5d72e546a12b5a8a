import { rules } from '../rule';

/**
 * "Le fonds A, actionnaire minoritaire de B depuis 2019, apportera 20 millions d'euros au nouvel ensemble", "A
 * apporte 15 M€ de fonds propres à Y": French puts money into a company with "apporter" and the sum as its direct
 * object, the company after "à". `fr.funded.invests-in` (`../fr/funded.ts`) reads "apporte … dans Y" and
 * `fr.funded.grants-loan` a loan noun before "à Y"; a bare sum before "à" was read by neither. The sum must open
 * the object: "apporte son soutien à Y", "apporte ses titres à l'opération" give no money.
 */

/** Forms of "apporter" whose subject gives the sum (not the participle of a passive: "apporté par A"). */
const BRINGS =
  '(apporte|apportent|apportera|apporteront|apportait|apportaient|apporterait|apporté|apporter|apportant)';
/** A sum's first word: a figure ("20", "1,5"), with "plus de" / "près de" / "environ" allowed before it. */
const FIGURE = '(\\d[\\d,.]*)';
/** Words of a sum after its figure ("millions d'euros de dette mezzanine", "M€ de fonds propres"). */
const MAX_SUM_WORDS = 8;

export const FR_BRINGS_MONEY_RULES = rules([
  {
    id: 'fr.funded.brings-sum-to',
    type: 'FUNDED',
    // "A apportera 20 millions d'euros au nouvel ensemble", "B a apporté 4 M€ de fonds propres à Y"
    pattern: `**src ~4 ${BRINGS} ?(par|en) ?(ailleurs|aussi|également|notamment|outre|déjà) ?(plus|près|environ) ?de ${FIGURE} ~${MAX_SUM_WORDS} (à|au|aux) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
]);
