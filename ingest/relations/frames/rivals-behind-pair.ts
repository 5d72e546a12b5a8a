import { rules } from '../rule';
import type { Rule } from '../rule';
import { MARKET_RANK } from '../rival-words';

/**
 * The two leaders a market ranking places someone behind are rivals of each other, even when each wears its own
 * descriptor or the ranked one is unnamed: "would rank third in road forwarding behind Danish market leader A and
 * Germany's B", "fait du groupe le numéro trois du ciment dans le sud-est, derrière A et B". The plain list
 * ("behind A and B") is read by `any.competes.behind-list` in competes.ts.
 */

/** Most words between the rank and "behind" when no comma or clause word sits between them. */
const RANK_PHRASE_WORDS = 14;
/**
 * A leader's own descriptor ("Danish market leader", "le groupe allemand"), stopped at a possessive: "behind A and
 * its parent B" names a holder, not a second leader; "derrière A et devant B" puts B behind, not beside A.
 */
const LEADER_DESCRIPTOR = '~4!^(its|their|his|her|sa|son|ses|leur|leurs|devant|ahead)';

export const BEHIND_PAIR_RULES: Rule[] = rules([
  {
    id: 'any.competes.behind-described-pair',
    type: 'COMPETES_WITH',
    pattern: `${MARKET_RANK} ~${RANK_PHRASE_WORDS}! ?(,) (derrière|behind) ${LEADER_DESCRIPTOR} @a (et|and) ${LEADER_DESCRIPTOR} @b`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
]);
