import { rules } from '../rule';

/**
 * A raise told as the time of another move of the company: "Kuravia, a Berlin startup whose app …, is launching in
 * France this week after raising €18 million from A and B", "X is expanding to Spain after securing $5m from A".
 * The company is the clause's subject, which a long apposition may put far from the gerund.
 */

/** Gerunds of raising money. */
const RAISING_EN = '(raising|securing|closing|landing|obtaining|receiving|getting|attracting)';
/** What is raised: money or a round. */
const MONEY_EN =
  '(million|millions|mln|billion|billions|bn|m|dollars|euros|pounds|funding|financing|round|capital|investment|seed|equity)';
/** Most words from the subject to "after" ("…, is launching in France this week"). */
const SUBJECT_TO_AFTER_WORDS = 30;

export const EN_AFTER_RAISING_RULES = rules([
  {
    id: 'en.funded.after-raising-from',
    type: 'FUNDED',
    pattern: `@tgt ~${SUBJECT_TO_AFTER_WORDS} (after|since) ${RAISING_EN} ?(more|less) ?than ~8! ${MONEY_EN} ~6! (from|by) ~3! **src`,
    source: 'src',
    target: 'tgt',
    confidence: 0.7,
  },
]);
