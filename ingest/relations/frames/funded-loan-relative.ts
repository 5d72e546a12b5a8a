import { rules } from '../rule';
import { MONEY_WORDS, ROUND_BORROWER_ROLES } from './funded-obtained-from';

/**
 * Public or bank money told as the object of a relative clause after its noun, the giver as the clause's subject:
 * "une subvention de 2 M€ que X lui a accordée", "le prêt que lui a consenti X au printemps", "une subvention de
 * 2,5 M€ que le Conseil européen de l'innovation a attribuée à la société en mars", "a $4.8 million grant the U.S.
 * Department of Energy awarded it last year", "the loan that the state bank A extended to Acme". The giver is the
 * name beside the verb; the company the one named after "à / to", else (a pronoun, "la société") the one the
 * discourse gives (the clause subject before, else the round's company). A relative clause of receiving ("a loan
 * the company received from X") is `funded-obtained-from.ts`'s: its sentences often open on another giver, which
 * the subject rule then took for the borrower.
 */

/** French nouns of lent or granted money. */
const LOAN_FR = '(prêt|prêts|subvention|subventions|avance|avances|aide|crédit|dotation|enveloppe)';
/** Participles of lending or granting, agreeing with the noun before "que". */
const LENT_FR =
  '(accordé|accordée|accordés|accordées|consenti|consentie|consentis|octroyé|octroyée|attribué|attribuée|versé|versée|apporté|apportée|alloué|allouée)';
/** Dative pronouns standing for the borrower. */
const DATIVE_FR = '(lui|leur)';
/** Auxiliaries of the compound past, present and pluperfect. */
const AUX_FR = '(a|avait|ont|avaient|aura|auront)';
/** Adverbs between the auxiliary and the participle. */
const ALSO_FR = '(déjà|aussi|également)';
/** Most words between the money noun and the relative clause ("de 2,1 millions d'euros"). */
const NOUN_TO_RELATIVE_WORDS = 7;
/** Most words of a descriptor before the giver's name ("the state agency", "le fonds régional"). */
const GIVER_WORDS = 3;
/** English nouns of money given or lent. */
const LOAN_EN = '(loan|loans|grant|grants|subsidy|subsidies|advance|facility)';
/** English verbs of giving money, past. */
const GAVE_EN = '(awarded|granted|gave|lent|loaned|extended|provided)';
/** Pronouns standing for the company that receives ("awarded it"). */
const RECEIVER_PRONOUN_EN = '(it|them)';
const ROUND_BORROWER = { ...ROUND_BORROWER_ROLES, confidence: 0.6 } as const;

export const FR_LOAN_RELATIVE_RULES = rules([
  {
    id: 'fr.funded.loan-that-giver-granted-it',
    type: 'FUNDED',
    // "une subvention de 2,1 M€ que l'Agence (Ademe) lui a accordée au printemps"
    pattern: `${LOAN_FR} ~${NOUN_TO_RELATIVE_WORDS} (que|qu') ~2! **src ~0! ${DATIVE_FR} ?(en) ${AUX_FR} ?${ALSO_FR} ${LENT_FR}`,
    ...ROUND_BORROWER,
  },
  {
    id: 'fr.funded.loan-that-granted-it-giver',
    type: 'FUNDED',
    // "grâce au prêt de 2 M€ que lui a consenti la Banque des Territoires": the giver after its inverted verb
    pattern: `${LOAN_FR} ~${NOUN_TO_RELATIVE_WORDS} (que|qu') ${DATIVE_FR} ${AUX_FR} ?${ALSO_FR} ${LENT_FR} ~2! **src`,
    ...ROUND_BORROWER,
  },
  {
    id: 'fr.funded.loan-that-giver-granted-to',
    type: 'FUNDED',
    // "une subvention de 2,5 M€ que le Conseil européen de l'innovation a attribuée à Hydrolys en mars"
    pattern: `${LOAN_FR} ~${NOUN_TO_RELATIVE_WORDS} (que|qu') ~${GIVER_WORDS}! **src ${AUX_FR} ?${ALSO_FR} ${LENT_FR} ?(en) ?(\\d{4}) (à|au|aux) @tgt ${MONEY_WORDS}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'fr.funded.loan-that-giver-granted-to-pointed',
    type: 'FUNDED',
    // "… que l'Agence nationale de la recherche a versée à la start-up en 2024": a pointer is the round's company
    pattern: `${LOAN_FR} ~${NOUN_TO_RELATIVE_WORDS} (que|qu') ~${GIVER_WORDS}! **src ${AUX_FR} ?${ALSO_FR} ${LENT_FR} ?(en) ?(\\d{4}) (à|au|aux) *who ${MONEY_WORDS}`,
    ...ROUND_BORROWER,
    pointedOnly: 'who',
  },
]);

export const EN_LOAN_RELATIVE_RULES = rules([
  {
    id: 'en.funded.loan-giver-gave-to',
    type: 'FUNDED',
    // "the loan that the state bank A extended to Acme", "a grant A awarded to Acme in 2024"
    pattern: `${LOAN_EN} ?(that|which) ~${GIVER_WORDS}! **src ?(had|has) ${GAVE_EN} to @tgt ${MONEY_WORDS}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.funded.loan-giver-gave-it',
    type: 'FUNDED',
    // "a $4.8 million grant the U.S. Department of Energy awarded it last year"
    pattern: `${LOAN_EN} ?(that|which) ~${GIVER_WORDS}! **src ?(had|has) ${GAVE_EN} ${RECEIVER_PRONOUN_EN} ${MONEY_WORDS}`,
    ...ROUND_BORROWER,
  },
  {
    id: 'en.funded.loan-giver-gave-to-pointed',
    type: 'FUNDED',
    // "a grant that Innovate UK awarded to the company in 2024": a pointer is the round's company
    pattern: `${LOAN_EN} ?(that|which) ~${GIVER_WORDS}! **src ?(had|has) ${GAVE_EN} to *who ${MONEY_WORDS}`,
    ...ROUND_BORROWER,
    pointedOnly: 'who',
  },
]);
