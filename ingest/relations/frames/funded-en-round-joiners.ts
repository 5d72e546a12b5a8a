import { rules } from '../rule';

/**
 * Investors joining the round the article tells, said without naming its company: "The equity round was led by A
 * and joined by B and C", "Fund N has also put money in", "N also chipped in". The company is the article's (a
 * topic rule); the round's lead is read by the "round led by" rule and is no joiner.
 */

/** Nouns of the round or of a share of it. */
const ROUND_PART_EN = '(round|series|financing|funding|raise|portion|tranche)';
/** Participles of joining a round, after "and" ("and joined by B"). */
const JOINED_BY_EN = '(joined|backed|supported|followed)';
/** Verbs of putting money in ("has put money in", "ploughed cash into the round"). */
const PUT_EN = '(put|puts|putting|ploughed|plowed|poured|pumped|injected)';
/** Nouns of the money put in. */
const MONEY_EN = '(money|cash|capital|funds)';

export const EN_ROUND_JOINER_RULES = rules([
  {
    id: 'en.funded.round-led-and-joined-by',
    type: 'FUNDED',
    pattern: `${ROUND_PART_EN} ~5 ?(was|is|has|been|being) (led|co-led) by ~3 **lead ?, and ?(was|is|has|been) ?(also) ${JOINED_BY_EN} by ~3! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.put-money-in',
    type: 'FUNDED',
    // "Fund N has also put money in, as has P", "N also put in cash", "N also ploughed capital into the round"
    pattern: `**src ~3! ?(has|have|had) ?(also) ${PUT_EN} ?(in|into) ?(more|fresh|new|some) ${MONEY_EN} ?(in|into) ?(the) ?(round|financing|raise|company|business) (\\.|,|;|alongside|too|as)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.chipped-in',
    type: 'FUNDED',
    // "N also chipped in", "existing backers A and B chipped in too"
    pattern: `**src ~3! ?(has|have|had) ?(also) (chipped|chips|chip) in (\\.|,|;|alongside|too|as)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);
