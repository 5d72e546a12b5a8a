import { rules } from './rule';
import type { Rule } from './rule';
import { HOW_HARD, RIVAL_VERB } from './rival-words';

/**
 * One subject, two verbs of rivalry joined by "et/and", each with its own object and a place or field between:
 * "A talonne B dans les villes moyennes et devance largement C", "A trails B in the Midwest and outsells C in Texas".
 * C is A's rival (B is an object of the first verb, not C's rival). A relative, a comma or a semicolon before the
 * conjunction opens another clause, whose subject may be someone else.
 */

/** Words the gap between the first object and the conjunction may not cross (another clause opens there). */
const CLAUSE_BREAK = "(qui|which|who|que|qu'|that|where|où|dont|whose|;|:|,)";

export const SECOND_VERB_RULES: Rule[] = rules([
  {
    id: 'any.competes.second-verb',
    type: 'COMPETES_WITH',
    pattern: `@a ${HOW_HARD} ${RIVAL_VERB} ${HOW_HARD} ?(with|against|à|avec) @b ~8^${CLAUSE_BREAK} (et|and) ${HOW_HARD} ${RIVAL_VERB} ${HOW_HARD} ?(with|against|à|avec) @@c`,
    source: 'a',
    target: 'c',
    firstParty: true,
    confidence: 0.6,
  },
]);
