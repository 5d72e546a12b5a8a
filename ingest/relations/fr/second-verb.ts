import { rules } from '../rule';

/**
 * One subject, two purchases in coordinated clauses: "X a repris Y en 2022, puis racheté Z", "X s'est offert Y,
 * puis a mis la main sur Z". The object of the first verb is not the subject of the second (fr/deals.ts rules
 * refuse a subject right after a deal verb: `AFTER_DEAL_VERB_FR`). The buyer must be named: a second fact
 * resting on the same guessed "le groupe" would double one anaphor error.
 */

const FIRST_BUY =
  '(racheté|rachète|rachètent|acquis|acquiert|repris|reprend|absorbé|absorbe|offert|offre|offrent|avalé|avale)';
const SECOND_BUY = '(racheté|rachète|rachètent|acquis|acquiert|repris|reprend|absorbé|absorbe|avalé|avale)';
/** "puis", "et", "avant de", with an auxiliary and an adverb: ", puis a ensuite racheté", "et avait aussi repris". */
const THEN = '?, (puis|et|avant) ?de ?(a|avait|ont|avaient|aura) ?(ensuite|aussi|également|encore|enfin)';

export const FR_SECOND_VERB_RULES = rules([
  {
    id: 'fr.acquired.second-verb',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FIRST_BUY} ~8 @first ~8 ${THEN} ${SECOND_BUY} ~12 @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    namedSource: true,
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.second-verb-lays-hands',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FIRST_BUY} ~8 @first ~8 ${THEN} (mis|met|mettre) la main sur ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    mayBeMinority: true,
    namedSource: true,
    confidence: 0.75,
  },
  {
    // "a absorbé A, puis pris 70 % de B": a bare share is control only over half
    id: 'fr.acquired.second-verb-percent',
    type: 'ACQUIRED',
    pattern: `@src ~7 ${FIRST_BUY} ~8 @first ~8 ${THEN} (pris|prend|prennent) ~2! (%) ?(du) ?(capital) (de|du|dans) ~4! @tgt`,
    source: 'src',
    target: 'tgt',
    stake: 'majority',
    namedSource: true,
    confidence: 0.75,
  },
]);
