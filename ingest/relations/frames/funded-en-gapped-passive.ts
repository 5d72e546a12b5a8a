import { rules } from '../rule';

/**
 * A passive backing whose verb is left out in the second clause: "Carebridge is backed by A, which led its Series
 * B, and Medisync by the Irish fund B". The name before "by" is the second company backed, the name after it its
 * backer (and no backer of the first company: the giver list of the passive reader stops before it).
 */

/** Participles of backing in the first clause. */
const BACKED_EN = '(backed|funded|financed|bankrolled)';
/** Most words of the first clause's backer and its relative ("A, which led its £18 million Series B in 2024"). */
const FIRST_CLAUSE_WORDS = 16;

export const EN_GAPPED_PASSIVE_RULES = rules([
  {
    id: 'en.funded.gapped-backed-by',
    type: 'FUNDED',
    pattern: `(is|are|was|were|been) ?(also) ${BACKED_EN} by ~${FIRST_CLAUSE_WORDS} ?, (and|while|whereas) @tgt ?(is|was) by ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.65,
  },
]);
