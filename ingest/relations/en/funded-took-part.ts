import { rules } from '../rule';

/**
 * English investors joining the round the article just told, said without naming its company: "A took part in the
 * round", "with participation from A and existing investors B and C", "took part in the round, alongside business
 * angel P", "Existing investors A and B also took part, …", "A and B also participated.", "B invested again." The
 * company is the round's (`../funded-target.ts`). Moved out of `funded.ts` unchanged (day twenty-eight), in the
 * same place of the rule order.
 */

/** Verbs of an investor joining the round just told, said without naming it. */
const JOINED_ROUND = '(participated|invested|reinvested|re-invested|co-invested|followed)';

export const EN_TOOK_PART_RULES = rules([
  {
    id: 'en.funded.took-part',
    type: 'FUNDED',
    pattern: `**src ~3 (took|take|takes|joined|join|joins|participated|participate|participates) ?part (in|the) ?the (round|financing|raise)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.existing-investors',
    type: 'FUNDED',
    // "with participation from A and existing investors B and C": the role word breaks the plain list
    pattern: `participation (from|of|by) ~3! **others (and|,) ?(its|their) (existing|returning|previous|current|other) ~2! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.alongside',
    type: 'FUNDED',
    // "A led the investment, alongside B": the subject before is the leader, not the company
    notAfter: /^(led|co-led|headed)$/,
    // "took part in the round, alongside business angel P"
    pattern: `(round|financing|raise|funding|investment|part) ?, alongside ~4! **src`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.took-part-bare',
    type: 'FUNDED',
    // "Existing investors A and B also took part, alongside …": the round is the one just told
    pattern: `**src ~3 (took|participated) part ?(too|again) (,|\\.|alongside)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.7,
  },
  {
    id: 'en.funded.also-participated',
    type: 'FUNDED',
    // "Existing investors A and B also participated.", "Angel investor P, who founded X, also invested."
    pattern: `**src ~3! also ${JOINED_ROUND} ?(in) ?the ?(round|financing|raise|investment) (\\.|,|;|alongside)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
  {
    id: 'en.funded.participated-too',
    type: 'FUNDED',
    // "A and B participated as well.", "B invested again."
    pattern: `**src ~3! ${JOINED_ROUND} ?(in) ?the ?(round|financing|raise|investment) (too|again|as) ?well (\\.|,|;)`,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    confidence: 0.65,
  },
]);
