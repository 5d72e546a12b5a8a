import { rules } from '../rule';

/**
 * Members of the round the article tells, named after its lead without a verb of their own: "with follow-on
 * investment from seed investors A and B", "with funding from A", "with existing investors A and B also
 * participating", "A was joined by B and C", "A led the round alongside returning backers B and C". The company is
 * the article's (a topic rule). The sentence must talk about money or a round: "with support from", "was joined
 * by" alone are said of people and partners too.
 */

/** Nouns of money put in, after "with" and a few adjectives ("follow-on", "additional", "fresh"). */
const PUT_IN_EN =
  '(investment|investments|participation|funding|financing|backing|money|capital|contributions)';
/** Participles of an investor joining a round with the others named in the clause. */
const JOINING_EN = '(participating|investing|joining|co-investing|contributing|reinvesting|returning)';
/** Participles of a lead being joined ("was joined by B"). */
const JOINED_EN = '(joined|followed)';
/** Verbs of leading a round, before "alongside". */
const LED_EN = '(led|co-led|leads|headed|anchored|spearheaded)';
/** Adjectives of investors who stay in the round ("returning backers A and B"). */
const RETURNING_EN = '(existing|returning|previous|current|early|seed|earlier|other|new)';
/** Words one of which a sentence about a round holds. */
const ROUND_WORDS_EN =
  '&&(round|financing|raise|funding|investment|series|seed|capital|million|millions|billion|bn|investors|backers)';
/** A takeover consortium or a bid is joined too ("A was joined by B in its bid for C"). */
const NOT_A_ROUND_EN = '!!(bid|offer|consortium|takeover|acquisition|board|lawsuit|suit|coalition|alliance)';

export const EN_ROUND_MEMBER_RULES = rules([
  {
    id: 'en.funded.with-investment-from',
    type: 'FUNDED',
    pattern: `with ~3! ${PUT_IN_EN} (from|by) ~3! **src ${ROUND_WORDS_EN} ${NOT_A_ROUND_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.with-members-joining',
    type: 'FUNDED',
    // "with existing investors A and B also participating": the members are the clause's subject
    pattern: `with ~3! **src ?(also) ${JOINING_EN} !>in_talks ${ROUND_WORDS_EN} ${NOT_A_ROUND_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.lead-joined-by',
    type: 'FUNDED',
    // the match opens on the lead, so the lead is not taken for the company funded (the subject before the phrase)
    pattern: `**lead ~3! (was|were|is|are|has|have) ?(been) ?(also) ${JOINED_EN} ?(in) ?(the) ?(round|financing|raise|investment) by ~3! **src ${ROUND_WORDS_EN} ${NOT_A_ROUND_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
  {
    id: 'en.funded.led-alongside-returning',
    type: 'FUNDED',
    pattern: `**lead ~3! ${LED_EN} ~6 alongside ?(its|their|the) ${RETURNING_EN} ~2! **src ${ROUND_WORDS_EN} ${NOT_A_ROUND_EN}`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.6,
  },
]);
