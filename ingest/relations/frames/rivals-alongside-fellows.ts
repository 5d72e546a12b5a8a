import { rules } from '../rule';

/**
 * Firms a company is set beside among a market's leaders ("X figure aux côtés d'A et de B parmi les leaders
 * européens", "X now sits alongside A and B among the leading makers of …"): the leaders are key players of one
 * market, so rivals of one another too (GOLD-FORMAT), and the company set beside them is a rival of each (also
 * read by `any.competes.alongside-in-market`, rivals-shapes.ts, when a market noun follows). Only a group of leaders or players: "aux côtés de A et
 * de B parmi les actionnaires" is a shareholding.
 */
const LEADERS =
  '(leaders|leading|top|biggest|largest|main|major|principaux|principales|premiers|grands|ténors|poids|géants|giants|heavyweights|players|acteurs)';

export const ALONGSIDE_FELLOW_RULES = rules([
  {
    id: 'any.competes.alongside-among-leaders',
    type: 'COMPETES_WITH',
    pattern: `(alongside|côtés) ?(de|d'|du|des|of) @@a ~2! (among|parmi) ~2! ${LEADERS}`,
    source: 'a',
    target: 'a',
    confidence: 0.55,
  },
  {
    id: 'any.competes.alongside-among-leaders-subject',
    type: 'COMPETES_WITH',
    pattern: `@a ~4 (alongside|côtés) ?(de|d'|du|des|of) @@b ~2! (among|parmi) ~2! ${LEADERS}`,
    source: 'a',
    target: 'b',
    confidence: 0.55,
  },
]);
