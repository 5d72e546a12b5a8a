import { rules } from '../rule';
import { SUM_EN, SUM_FR } from './funded-sum-words';

/**
 * A public body or a lender hands a sum to a company, the sum the verb's bare object and the company after "à" /
 * "to": "L'Ademe a accordé 6,5 millions d'euros à Y", "the Department of Energy awarded $25 million to Y". The
 * loan and grant readers want a financing noun ("un prêt", "a grant") before "à" / "to"; the press as often leaves
 * it out. The words between the figure and "à" / "to" are held to a sum's own words (scale, currency, an aid noun),
 * so "awarded a $30 million contract to Y" or "$25 million in damages to Y" is no funding. When the giver hands a
 * second sum in the same clause ("… à Y et 1,6 million à Z"), the second company is funded too. The same gift told
 * from the company's side names its giver after "by" / "from" / "par": "Y has been awarded a £2m grant by X",
 * "Y s'est vu attribuer une subvention de 2 M€ par X".
 */

/** Verbs of granting or lending a sum, finite or past participle (not "versé": a price or a dividend is paid too). */
const GIVES_FR =
  '(accorde|accordé|accordent|accordera|accorderont|attribue|attribué|attribuent|attribuera|octroie|octroyé|octroient|octroiera|alloue|alloué|allouent|prête|prêté|prêtent|prêtera|consent|consenti|consentent)';
const GIVES_EN =
  '(awarded|awards|award|granted|grants|lent|lends|loaned|loans|extended|extends|extending|awarding|granting|lending)';

/** Adverbs a French journalist puts between the auxiliary and the sum ("a par ailleurs accordé"). */
const ADVERB_FR = '(ailleurs|aussi|également|notamment|outre|déjà|encore)';
/** Forms of "to be" before an English passive ("has been awarded"), and the French "se voir" ("s'est vu accorder"). */
const BE_EN = '(was|were|is|are|been|be|being)';
const SEES_FR = '(vu|vue|vus|vues|voit|voient|verra|verront)';
const GIVE_INF_FR = '(accorder|attribuer|octroyer|allouer|consentir|prêter)';
/** The aid a company is awarded, told with its noun (a sum alone may be a prize or damages). */
const AID_NOUN_EN = '(grant|grants|loan|loans|subsidy|subsidies|award)';
const AID_NOUN_FR = '(subvention|subventions|aide|aides|prêt|prêts|avance|avances|dotation|financement)';
/** Words between the verb and the aid noun ("a 2 million pound", "une aide de 2 M€" is after the noun). */
const BEFORE_AID = 6;
/** Words between the aid noun and "by" / "par" ("de 2 millions d'euros"). */
const AFTER_AID = 8;

/** Words between the first company and the second sum ("pour le réseau de Saint-Herblain et …"). */
const BETWEEN_SUMS = 8;

export const GIVEN_SUM_RULES = rules([
  {
    id: 'fr.funded.gives-sum-to',
    type: 'FUNDED',
    pattern: `**src ~4 ${GIVES_FR} ?(par|en) ?${ADVERB_FR} ${SUM_FR} (à|au|aux) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'fr.funded.gives-second-sum-to',
    type: 'FUNDED',
    // "l'agence a attribué 2,4 millions d'euros à Calorys … et 1,6 million d'euros à Y": the giver's second sum
    pattern: `**src ~4 ${GIVES_FR} ?(par|en) ?${ADVERB_FR} ${SUM_FR} (à|au|aux) ~2! @first ~${BETWEEN_SUMS} et ${SUM_FR} (à|au|aux) ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.funded.gives-sum-to',
    type: 'FUNDED',
    pattern: `**src ~4 ${GIVES_EN} ?(also|additionally) ${SUM_EN} to ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'en.funded.gives-second-sum-to',
    type: 'FUNDED',
    // "Crown Estate Scotland awarded 4.5 million pounds to A and 3 million pounds to rival B"
    pattern: `**src ~4 ${GIVES_EN} ?(also|additionally) ${SUM_EN} to ~2! @first ~${BETWEEN_SUMS} and ${SUM_EN} to ~2! @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'en.funded.awarded-aid-by',
    type: 'FUNDED',
    // "TideForge has been awarded a 2 million pound grant by Innovate UK", "was also awarded a €2.5m grant from X"
    pattern: `@tgt ~4 ${BE_EN} ?(also|since|recently|already) (awarded|granted) ~${BEFORE_AID}! ${AID_NOUN_EN} ~${AFTER_AID}! (by|from) ~2! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
  {
    id: 'fr.funded.sees-aid-given-by',
    type: 'FUNDED',
    // "Y s'est vu attribuer une subvention de 2 millions d'euros par l'Ademe"
    pattern: `@tgt ~4 ${SEES_FR} ?(par|en) ?${ADVERB_FR} ${GIVE_INF_FR} ~${BEFORE_AID}! ${AID_NOUN_FR} ~${AFTER_AID} par ~2! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
]);
