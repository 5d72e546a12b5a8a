import { rules } from '../rule';

/**
 * A stake taken in the round the article tells, sized but not placed: "regional lender A took a stake of about 4%
 * as part of a distribution partnership", "A took a 4% stake", "trading house A joined as a new strategic
 * investor". The press names the company once, for the round, and lets the stake's size stand for its object; a
 * stake placed in a named company ("a stake in Y") is the named stake rules', so those words after the size stop
 * this reading. The company is the article's (topic). French copy says it with a frame the backer readers
 * already read ("A prend une participation minoritaire de 6 %"), so no French rule is kept here.
 */

/** English verbs of taking a stake. */
const TAKE_EN = '(took|takes|take|taking|taken|acquired|acquires|bought|buys|received|receives)';
/** English nouns of a stake. */
const STAKE_EN = '(stake|shareholding|holding)';
/** Nouns of a holder joining. */
const HOLDER_EN = '(investor|shareholder|backer)';
/** Words that place the stake in a named company: the named stake rules read those. */
const PLACED_AFTER = '(in|into|of)';

const topic = {
  source: 'src',
  target: 'topic',
  topicTarget: true,
  confidence: 0.6,
  stake: 'minority',
} as const;

export const EN_BARE_STAKE_RULES = rules([
  {
    id: 'en.funded.sized-stake-topic',
    type: 'FUNDED',
    pattern: `**src ~3! ?(has|have|had|will) ?(also) ${TAKE_EN} (a|an) ?(minority|small) ${STAKE_EN} of ~2! (%|percent|pct) !>${PLACED_AFTER}`,
    ...topic,
  },
  {
    id: 'en.funded.sized-stake-before-topic',
    type: 'FUNDED',
    pattern: `**src ~3! ?(has|have|had|will) ?(also) ${TAKE_EN} (a|an) ~2! (%|percent|pct) ?(minority) ${STAKE_EN} !>${PLACED_AFTER}`,
    ...topic,
  },
  {
    id: 'en.funded.joined-as-investor',
    type: 'FUNDED',
    pattern: `**src ~3! ?(has|have|had) ?(also) (joined|joins|join|came|comes) ?(in|on) as (a|an) ?(new) ~2! ${HOLDER_EN} !>${PLACED_AFTER}`,
    ...topic,
  },
]);
