import { rules } from '../rule';
import { OBTAIN, PUBLIC_AID } from './aid-words';

/**
 * French lenders and givers of aid told with their loan: "un prêt de 3 M€ du Crédit Agricole" (the article's
 * company borrows), "X accorde un prêt de N € à Y", "la banque B, qui lui a consenti une avance", "Y a obtenu une
 * subvention de la Région R", "Y obtient 3 millions d'euros de la banque publique B sous forme de prêt". GOLD-FORMAT
 * counts a lender as funding the company. Moved out of `funded.ts` unchanged (day twenty-eight), in the same place
 * of the rule order.
 */

/** The auxiliary between a clitic and a lending verb ("lui avait accordé", "leur a consenti"). */
const CLITIC_AUXILIARY = '(a|avait|ont|avaient|aura|auront|vient|viennent)';
/** Verbs of lending money, past participle or present. */
const LENT = '(accordé|accorde|accordent|octroyé|octroie|consenti|consent|prêté|prête|apporté|apporte)';
/** A sentence where money "from" a name is funding, not sales ("3 millions d'euros de commandes de R"). */
const AID_IN_SENTENCE =
  '&&(prêt|prêts|subvention|subventions|financement|avance|aide|investissement|capital|levée)';

export const FR_LENDER_RULES = rules([
  {
    id: 'fr.funded.loan-from',
    type: 'FUNDED',
    // a lender finances the company too (GOLD-FORMAT): "complétée par un prêt de 3 M€ du Crédit Agricole"
    pattern: `(prêt|prêts|emprunt|crédit|dette) ~6! (de|du|d'|des|auprès) ?(de|du|d'|des) ~2! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.grants-loan',
    type: 'FUNDED',
    // the borrower must be named: the article's topic is often the buyer, not the company lent to
    pattern: `**src ~3 (accorde|accordé|accordent|apporte|apporté|apportent|octroie|octroyé|consent|consenti) (un|une) ~2! (prêt|avance|crédit|financement) ~8! (à|au) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'fr.funded.lent-to-clitic',
    type: 'FUNDED',
    // "la Banque B lui avait accordé un prêt", "la banque B, qui leur a consenti une avance": the clitic stands for
    // the company the article is about
    pattern: `**src ?, ?qui (lui|leur) ?${CLITIC_AUXILIARY} ?(déjà|aussi|également|notamment) ${LENT} (un|une|des) ~2! (prêt|prêts|avance|avances|crédit|financement|ligne|emprunt|dette)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.obtains-aid-from',
    type: 'FUNDED',
    // "Y a obtenu une subvention de 800 000 euros de la Région R", "Y décroche un prêt d'innovation auprès de B"
    pattern: `@tgt ~16 ${OBTAIN} ~4 ${PUBLIC_AID} ~8 (de|du|d'|des|auprès) ?(de|du|d'|des) ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'fr.funded.obtains-money-from',
    type: 'FUNDED',
    // "Y obtient 3 millions d'euros de la banque publique B sous forme de prêt": the money straight from a giver
    pattern: `@tgt ~16 ${OBTAIN} ~4 (euros|euro|€|m€|k€|dollars) (de|du|d'|des|auprès) ?(de|du|d'|des) ~3! **src ${AID_IN_SENTENCE}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
]);
