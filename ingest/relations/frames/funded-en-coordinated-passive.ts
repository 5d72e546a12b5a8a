import { rules } from '../rule';

/**
 * A backing told by the second verb of the company's clause: "Finch Orthopedics was spun out of the University of
 * Michigan in 2015 and is backed by Frazier Healthcare", "Medisync makes scheduling software for hospitals and is
 * backed by A and B". The company is the clause's subject: a name after a preposition is refused (`notOblique`), and
 * the gap crosses no verb of buying, selling or rivalry, whose object would come before "and" ("A bought B and is
 * backed by C": B is no company backed here).
 */

/** Participles of backing. */
const BACKED_EN = '(backed|funded|financed|bankrolled|capitalised|capitalized)';
/** Most words of the first verb phrase ("was spun out of the University of Michigan in 2015"). */
const FIRST_VERB_WORDS = 24;
/** Verbs whose object stands before "and": that object is not the company backed. */
const OBJECT_VERBS =
  '(acquired|acquires|bought|buys|purchased|owns|owned|sold|sells|merged|competes|compete|rivals|supplies|serves|partnered|partners|backs|invested|invests|beat|beats|overtook|replaced|joined)';

export const EN_COORDINATED_PASSIVE_RULES = rules([
  {
    id: 'en.funded.and-is-backed-by',
    type: 'FUNDED',
    pattern: `@tgt ~${FIRST_VERB_WORDS}^${OBJECT_VERBS} and (is|are|was|were|has|have) ?(since|also) ?(been) ?(also) ${BACKED_EN} by ~3! **src !>by`,
    source: 'src',
    target: 'tgt',
    notOblique: 'tgt',
    confidence: 0.65,
    stake: 'minority',
  },
]);
