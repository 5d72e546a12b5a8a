import { NOT_MARKET_AHEAD, NOT_QUALIFYING, rules } from '../rule';
import { AFTER_DEAL_VERB_EN } from '../en/deals';
import { AFTER_DEAL_VERB_FR } from '../fr/deals';
import { WEIGHED } from './funded-words';

/**
 * The second company an investor's verb reaches through its preposition said again: "A invested in B and in the
 * battery maker C", "A a investi dans B et dans le spécialiste du désherbage C", "A a pris une participation dans B,
 * …, ainsi que dans C". `*.funded.invests-in` reads the first company only (a bare "dans B et C" may go on to
 * places or sectors); the repeated preposition before a named company says the same money verb goes on. The first
 * company may carry its own description or apposition (", the Lisbon-based lender,"), stepped over by the gap.
 */

/** Verbs of putting money into a company. */
const INVEST_EN = '(invest|invests|invested|investing|injected|injects|injecting)';
const INVEST_FR =
  '(investit|investi|investissent|investira|investiront|injecte|injecté|injectent|réinvesti|réinvestit)';
/** Nouns of a stake taken, whose "dans" names the company ("pris une participation dans B et dans C"). */
const STAKE_FR = '(participation|participations|part|parts)';
/** Most units between the first company and the conjunction (a year, an apposition stepped over). */
const FIRST_TO_AND_UNITS = 6;
/** Most words of the second company's description ("Brazilian accounting software maker"). */
const SECOND_DESCRIPTION_WORDS = 5;

export const EN_SECOND_OBJECT_RULES = rules([
  {
    id: 'en.funded.invests-in-second',
    notAfter: AFTER_DEAL_VERB_EN,
    type: 'FUNDED',
    pattern: `**src ~8 ${INVEST_EN} ~6! (in|into) ?the ${NOT_MARKET_AHEAD} ~4! @first ~${FIRST_TO_AND_UNITS} (and|as) ?(well) ?(as) ?(also) (in|into) ?the ${NOT_MARKET_AHEAD} ~${SECOND_DESCRIPTION_WORDS}! @tgt ${NOT_QUALIFYING} !>(rival|rivals|competitor|competitors) ${WEIGHED}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
    stake: 'minority',
  },
]);

export const FR_SECOND_OBJECT_RULES = rules([
  {
    id: 'fr.funded.invests-in-second',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'FUNDED',
    pattern: `**src ~6 ${INVEST_FR} ~8! (dans|chez) @first ~${FIRST_TO_AND_UNITS} (et|ainsi) ?(que) ?(aussi|également) (dans|chez) ~${SECOND_DESCRIPTION_WORDS}! @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
  {
    id: 'fr.funded.stake-in-second',
    notAfter: AFTER_DEAL_VERB_FR,
    type: 'FUNDED',
    // "A a pris des participations dans B et dans C": minority stakes only (a majority is a purchase)
    pattern: `**src ~6 (pris|prend|prendra|prennent|acquis) ~5! ${STAKE_FR} ~4! (dans|au) ?(capital) ?(de|du|d') @first ~${FIRST_TO_AND_UNITS} (et|ainsi) ?(que) ?(aussi|également) (dans|au) ?(capital) ?(de|du|d') ~${SECOND_DESCRIPTION_WORDS}! @tgt ${NOT_QUALIFYING}`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
]);
