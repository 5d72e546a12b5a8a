import { NOT_QUALIFYING, rules } from '../rule';
import type { Rule } from '../rule';
import { DOMINANCE, DOMINATES, LED_BY, ROUND_WORDS } from './rivals-ranked';

/**
 * A market's leader with its chasers told as an aside: "The market is led by A, with B and C close behind", "A
 * leads the market, with B not far behind", "le marché est dominé par A, avec B et C juste derrière". The leader
 * and the firms close behind it are the key players of one market, rivals of one another (GOLD-FORMAT), as in the
 * "followed by" ranking (rivals-ranked.ts). A round's lead investor "with B and C" is no market: a sentence telling
 * of a round is not read.
 */

/** "close behind", "not far behind", "juste derrière", "pas loin derrière" after the chasers' names. */
const CLOSE_BEHIND = '?(close|closely|just|not|juste|pas|tout) ?(far|loin|très) (behind|derrière)';

export const CLOSE_BEHIND_RULES: Rule[] = rules([
  {
    id: 'any.competes.led-by-close-behind',
    type: 'COMPETES_WITH',
    // "The market is led by A, with B and C close behind", "dominé par A, avec B juste derrière"
    pattern: `${LED_BY} @a , (with|avec) @@b ${NOT_QUALIFYING} ${CLOSE_BEHIND} !!${ROUND_WORDS}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.leads-close-behind',
    type: 'COMPETES_WITH',
    // "A leads the market, with B and C close behind", "A domine le secteur, avec B pas loin derrière"
    pattern: `@a ~5! ${DOMINATES} ~4! , (with|avec) @@b ${NOT_QUALIFYING} ${CLOSE_BEHIND} !!${ROUND_WORDS}`,
    source: 'a',
    target: 'b',
    confidence: 0.6,
  },
  {
    id: 'any.competes.close-behind-list',
    type: 'COMPETES_WITH',
    // the chasers named together close behind the leader are one another's rivals too
    pattern: `, (with|avec) @@b ${NOT_QUALIFYING} ${CLOSE_BEHIND} &&${DOMINANCE} !!${ROUND_WORDS}`,
    source: 'b',
    target: 'b',
    confidence: 0.55,
  },
]);
