import { rules } from '../rule';
import { ADVERB_AFTER_VERB } from './funded-fr-granted-aid';

/**
 * A lender granting a loan, told with the borrower before the loan ("A a accordé à Y un prêt de 5 M€", "A et B
 * ont accordé au futur groupe une ligne de financement"), which `fr.funded.grants-loan` (`../fr/funded.ts`, the
 * loan then "à Y") does not read. The borrower must be named or pointed at in the clause (PHRASEBOOK: "prêt
 * apporté par X"; the lender funds it).
 */

/** Verbs of granting a loan. */
const GRANTS =
  '(accorde|accordé|accordent|accordera|accorderont|octroie|octroyé|octroient|octroiera|consent|consenti|consentent|apporte|apporté|apportent|apportera)';
/** Nouns of money lent or advanced. */
const LOAN =
  '(prêt|prêts|avance|avances|crédit|crédits|financement|financements|ligne|lignes|emprunt|dette|enveloppe)';
/** Adverbs between the lender and its verb ("a en outre accordé", "a par ailleurs octroyé"). */
const AUX = '(a|ont|avait|avaient|va|vont|doit|doivent)';

export const FR_LENDER_DATIVE_RULES = rules([
  {
    id: 'fr.funded.grants-to-then-loan',
    type: 'FUNDED',
    // "A a en outre accordé à l'industriel un prêt de 5 M€", "A et B ont accordé au futur groupe une ligne de…",
    // "A accorde en outre à Y un prêt de 3 M€" (the adverb after a simple tense's verb)
    pattern: `**src ?${AUX} ~3 ${GRANTS} ${ADVERB_AFTER_VERB} (à|au|aux) ~2! @tgt (un|une|des) ~3! ${LOAN}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
]);
