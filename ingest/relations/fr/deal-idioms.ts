import { rules } from '../rule';

/**
 * "X s'offre Y" in any tense, with an adverb and a date before the object ("s'était déjà offert en 2021 la
 * biscuiterie Y"): fr/deals.ts reads only the plain "s'est offert Y".
 */

/** Auxiliaries and adverbs that may stand between "s'" and the participle ("s'était déjà offert"). */
const REFLEXIVE_AUX = '?(est|était|sont|étaient|sera|serait|a|avait)';
const ADVERB = '?(déjà|aussi|également|ainsi|récemment|encore)';

export const FR_DEAL_IDIOM_RULES = rules([
  {
    id: 'fr.acquired.treats-itself-to',
    type: 'ACQUIRED',
    pattern: `@src ~7 (s') ${REFLEXIVE_AUX} ${ADVERB} (offert|offerte|offre|offrent|offrira|offrir) ?(en) ?(\\d{4}) ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    confidence: 0.8,
  },
]);
