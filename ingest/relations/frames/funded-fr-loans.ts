import { rules } from '../rule';

/**
 * The non-dilutive side of a French round: a lender or a grant body funds the company the article is about
 * (GOLD-FORMAT, loan convention). The borrower is the article's own company (`roundCompany`), not the investor the
 * sentence before named last: "la BEI lui accorde un prêt de 10 M€, et la région R une avance remboursable",
 * "la banque A met à la disposition de la société une ligne de crédit", "le fonds de dette B souscrit 7 M€
 * d'obligations convertibles".
 */

/** Nouns of lent or granted money. */
const LOAN =
  '(prêt|prêts|avance|avances|crédit|crédits|emprunt|dette|ligne|subvention|subventions|financement)';
/** Verbs of lending, present, future and past participle. */
const LENDS =
  '(accorde|accordent|accordera|accorderont|accordé|octroie|octroient|octroiera|octroyé|consent|consentent|consentira|consenti|apporte|apportent|apportera|apporté|verse|versent|versera|versé)';
/** Auxiliaries between the clitic and a participle ("lui a accordé", "leur avait consenti"). */
const AUX = '(a|avait|ont|avaient|aura|auront|va|vont|vient|viennent)';
/** Verbs of putting at disposal ("met à la disposition de la société", "a mis à sa disposition"). */
const PUTS = '(met|mettent|mettra|mettront|mis)';
/** Verbs of subscribing an issue of bonds. */
const SUBSCRIBES = '(souscrit|souscrivent|souscrira|souscriront)';
/** Bonds and other debt securities a fund subscribes. */
const BONDS = '(obligations|obligation|obligataire|obligataires|oc|obsa|bsa|convertibles)';

export const FR_ROUND_LOAN_RULES = rules([
  {
    id: 'fr.funded.clitic-lends',
    type: 'FUNDED',
    // "la BEI lui accorde un prêt de 10 M€", "Bpifrance leur a octroyé une avance": the clitic is the company told
    pattern: `**src ~2 (lui|leur) ?${AUX} ?(déjà|aussi|également) ${LENDS} (un|une|des) ~2! ${LOAN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.gapped-loan',
    type: 'FUNDED',
    // "…lui accorde un prêt de 10 M€, et la région R une avance remboursable de 1,5 M€": the second lender's verb
    // is left out
    pattern: `${LENDS} (un|une|des) ~2! ${LOAN} ~8 , ?(et|tandis|puis) ?que ?(la|le|l'|les) ?(banque|région|fonds|département|métropole|collectivité) **src (un|une|des) ~2! ${LOAN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.puts-at-disposal',
    type: 'FUNDED',
    // "la banque A met à la disposition de la société une ligne de crédit de 8 M€", "A a mis à sa disposition un prêt"
    pattern: `**src ?${AUX} ${PUTS} à ?(la|sa|leur) disposition ~4 (un|une|des) ~2! ${LOAN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
  {
    id: 'fr.funded.subscribes-bonds',
    type: 'FUNDED',
    // "le fonds de dette B souscrit 7 M€ d'obligations convertibles", "B a souscrit l'émission obligataire"
    pattern: `**src ?${AUX} ${SUBSCRIBES} ?(à) ~6! ${BONDS}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.65,
  },
]);
