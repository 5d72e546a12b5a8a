import { NOT_QUALIFYING, rules } from '../rule';

/**
 * A minority stake told as a noun of taking it: "A a annoncé l'acquisition d'une participation minoritaire de 30 %
 * dans Y", "A annonce la prise d'une participation dans Y", "A completed the purchase of a minority stake in Y". A
 * stake of half or more is control, left to the purchase rules (`stake: 'minority'`).
 */

/** Nouns of taking a stake. */
const TAKING_FR = '(acquisition|prise|achat|rachat|souscription)';
const TAKING_EN = '(acquisition|purchase|buying|taking|takeup)';
/** Most words between the subject and the noun ("a annoncé lundi l'"). */
const SUBJECT_TO_NOUN_WORDS = 6;
/** Most words between the stake noun and "dans/in" ("minoritaire de 30 %", "20 per cent"). */
const STAKE_TO_COMPANY_WORDS = 5;

export const FR_STAKE_NOUN_RULES = rules([
  {
    id: 'fr.funded.taking-of-stake',
    type: 'FUNDED',
    pattern: `@src ~${SUBJECT_TO_NOUN_WORDS} ${TAKING_FR} (d'|de) ?(une|la) (participation|participations) ~${STAKE_TO_COMPANY_WORDS} (dans|chez) ~3! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
]);

export const EN_STAKE_NOUN_RULES = rules([
  {
    id: 'en.funded.taking-of-stake',
    type: 'FUNDED',
    pattern: `@src ~${SUBJECT_TO_NOUN_WORDS} ${TAKING_EN} of (a|an|the) ~${STAKE_TO_COMPANY_WORDS} (stake|interest|shareholding|holding) in ~3! @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
]);
