import { rules } from '../rule';

/**
 * Public or bank money told as the object of a French relative clause after its noun, with the company only a
 * dative pronoun: "une subvention de 2 M€ que X lui a accordée", "le prêt que lui a consenti X au printemps". The
 * giver is the name beside the pronoun, and the company the one the discourse gives (the clause subject before, else
 * the round's company). The English reduced relative ("a loan the company received from X") was tried and left
 * out: its sentences often open on another giver, which the subject rule then took for the borrower.
 */

/** French nouns of lent or granted money. */
const LOAN_FR = '(prêt|prêts|subvention|subventions|avance|avances|aide|crédit|dotation|enveloppe)';
/** Participles of lending or granting, agreeing with the noun before "que". */
const LENT_FR =
  '(accordé|accordée|accordés|accordées|consenti|consentie|consentis|octroyé|octroyée|attribué|attribuée|versé|versée|apporté|apportée)';
/** Dative pronouns standing for the borrower. */
const DATIVE_FR = '(lui|leur)';
/** Auxiliaries of the compound past, present and pluperfect. */
const AUX_FR = '(a|avait|ont|avaient|aura|auront)';
/** Most words between the money noun and the relative clause ("de 2,1 millions d'euros"). */
const NOUN_TO_RELATIVE_WORDS = 7;

export const FR_LOAN_RELATIVE_RULES = rules([
  {
    id: 'fr.funded.loan-that-giver-granted-it',
    type: 'FUNDED',
    // "une subvention de 2,1 M€ que l'Agence (Ademe) lui a accordée au printemps"
    pattern: `${LOAN_FR} ~${NOUN_TO_RELATIVE_WORDS} (que|qu') ~2! **src ~0! ${DATIVE_FR} ?(en) ${AUX_FR} ?(déjà|aussi|également) ${LENT_FR}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
  {
    id: 'fr.funded.loan-that-granted-it-giver',
    type: 'FUNDED',
    // "grâce au prêt de 2 M€ que lui a consenti la Banque des Territoires": the giver after its inverted verb
    pattern: `${LOAN_FR} ~${NOUN_TO_RELATIVE_WORDS} (que|qu') ${DATIVE_FR} ${AUX_FR} ?(déjà|aussi|également) ${LENT_FR} ~2! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
]);
