import { rules } from '../rule';
import { ROUND_BORROWER_ROLES } from './funded-obtained-from';

/**
 * A public body or a bank granting the article's company a grant or a loan, the company told before the money: by a
 * dative clitic with the time of the grant between the verb and the money ("La région R lui a par ailleurs
 * attribué l'an dernier une subvention de 300 000 euros", "Bpifrance leur avait versé en 2023 une avance de 2 M€"),
 * or named after "à" with a grant or an aid ("La région R avait déjà versé à la start-up une subvention de 500 000
 * euros", "B accorde à Y une aide à l'innovation de 5 M€"; a pointer there is the round's company). The clitic stands for the company the discourse holds
 * (`../anaphora-dative-clitic.ts`, read by `../funded-target.ts`), not for the giver. `fr.funded.lent-to-clitic`
 * (`../fr/funded.ts`) and `fr.funded.grants-to-then-loan` (`funded-fr-lender-dative.ts`) read the loans told with
 * the money right after the verb; these read the grants and aids and the words of time those leave out. Only
 * organisations give here, and only money: "lui a apporté une aide technique" tells no sum.
 */

/** Participles and present forms of granting money. */
const GRANTED =
  '(attribué|attribue|attribuent|alloué|alloue|allouent|versé|verse|versent|octroyé|octroie|octroient|accordé|accorde|accordent|consenti|consent|prêté|prête|prêtent)';
/** Auxiliaries of the compound tenses. */
const AUX = '(a|ont|avait|avaient|aura|auront|vient|viennent)';
/** Adverbs and adverbial pairs between the auxiliary and the participle ("a par ailleurs", "avait en outre"). */
const ADVERB = '(déjà|aussi|également|notamment|ainsi|enfin)';
const PAIR_FIRST = '(par|en|de)';
const PAIR_SECOND = '(ailleurs|outre|plus|son|sa)';
/**
 * The same adverbs after a simple tense's verb, before the beneficiary ("Bpifrance accorde en outre à Y un prêt",
 * "La région verse par ailleurs à Y une aide"): French puts them after the conjugated verb.
 */
export const ADVERB_AFTER_VERB = `?${ADVERB} ?${PAIR_FIRST} ?${PAIR_SECOND}`;
/** Most units of the time phrase between the verb and the money ("l'an dernier", "en 2023", "dès 2019"). */
const TIME_UNITS = 4;
/** Nouns of public aid or lent money. */
const AID =
  '(subvention|subventions|dotation|dotations|aide|aides|avance|avances|prêt|prêts|crédit|crédits|enveloppe)';
/** The grant must carry a sum. */
const MONEY_IN_SENTENCE = '&&(euros|euro|€|m€|k€|millions|million|milliard|milliards|dollars)';

export const FR_GRANTED_AID_RULES = rules([
  {
    id: 'fr.funded.clitic-grant',
    type: 'FUNDED',
    pattern: `@src (lui|leur) ?${AUX} ?${ADVERB} ?${PAIR_FIRST} ?${PAIR_SECOND} ${GRANTED} ~${TIME_UNITS} (un|une|des) ~2! ${AID} ${MONEY_IN_SENTENCE}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.grants-to-then-aid',
    type: 'FUNDED',
    // "La région R avait déjà versé à la start-up une subvention de 500 000 euros", "B accorde à Y une aide de 5 M€"
    pattern: `@src ?${AUX} ?${ADVERB} ?${PAIR_FIRST} ?${PAIR_SECOND} ${GRANTED} ${ADVERB_AFTER_VERB} (à|au|aux) ~2! @tgt ~${TIME_UNITS} (un|une|des) ~2! ${AID} ${MONEY_IN_SENTENCE}`,
    source: 'src',
    target: 'tgt',
    // a pointer after "à" is left to the pointed reading below: "A apporte un prêt, et B a accordé à la société
    // une subvention" would otherwise take A for the company
    namedTarget: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.grants-to-pointed-then-aid',
    type: 'FUNDED',
    // "… avait déjà versé à la start-up une subvention de 500 000 euros": a pointer is the round's company
    pattern: `@src ?${AUX} ?${ADVERB} ?${PAIR_FIRST} ?${PAIR_SECOND} ${GRANTED} ${ADVERB_AFTER_VERB} (à|au|aux) *who ~${TIME_UNITS} (un|une|des) ~2! ${AID} ${MONEY_IN_SENTENCE}`,
    ...ROUND_BORROWER_ROLES,
    pointedOnly: 'who',
    confidence: 0.6,
  },
]);
