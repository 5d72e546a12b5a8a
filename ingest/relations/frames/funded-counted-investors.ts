import { rules } from '../rule';

/**
 * Investors told as a counted group, then named after a colon: "Trois investisseurs ont pris des engagements fermes
 * pour 30 millions d'euros : A, B et C", "Three backers put in $20m: A, B and C". The shape (a count, an investor
 * noun, a colon, a list) says the list is the group, whatever verb stands between; the company is the article's.
 * The gap admits no name, so "Trois investisseurs de X : …" is not read.
 */

const COUNT_FR = '(deux|trois|quatre|cinq|six|sept|huit|plusieurs|\\d+)';
const INVESTORS_FR = '(investisseurs|financeurs|souscripteurs|fonds|bailleurs|prêteurs)';
const COUNT_EN = '(two|three|four|five|six|seven|eight|several|\\d+)';
const INVESTORS_EN = '(investors|backers|funds|lenders|financiers|subscribers)';

export const FR_COUNTED_INVESTOR_RULES = rules([
  {
    id: 'fr.funded.counted-investors-colon',
    type: 'FUNDED',
    pattern: `${COUNT_FR} ${INVESTORS_FR} ~20! : ?(le|la|les|l'|l) **src (\\.|;)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
]);

export const EN_COUNTED_INVESTOR_RULES = rules([
  {
    id: 'en.funded.counted-investors-colon',
    type: 'FUNDED',
    pattern: `${COUNT_EN} ${INVESTORS_EN} ~20! : ?(the) **src (\\.|;)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.6,
  },
]);
