import { NOT_QUALIFYING, rules } from '../rule';
import type { Rule } from '../rule';

/**
 * Two or more firms the text itself calls rivals of one another, with no third party to measure them against:
 * "a tie-up between rivals A and B", "entre les frères ennemis A et B", "A et B, deux concurrents historiques".
 * A rival noun with an owner ("ses concurrents A et B", "rivals of X") names someone else's rivals and is left to
 * the contest readers.
 */

/** Plural nouns of rivals; with no owner they say the listed firms contest one another. */
const RIVALS_PLURAL = '(rivals|rivaux|rivales|concurrents|concurrentes|competitors|frères|ennemis|foes)';
/** How long or how hard the firms have contested each other ("longtime rivals", "rivaux historiques"). */
const RIVALRY_AGE =
  '?(longtime|long-time|old|arch|fierce|bitter|traditional|historic|eternal|vieux|éternels|grands|historiques|ennemis|acharnés)';
/** Counts a text puts before the rivals it lists ("the two rivals", "les deux concurrents"). */
const COUNT = '?(two|three|deux|trois)';
/**
 * Words that give the rival noun an owner ("rivals of X", "concurrents de X", "rivaux directs de X") or measure
 * the firms against someone ("deux concurrents bien plus gros", "two larger rivals than"): rivals of another firm.
 */
const OWNED_AFTER =
  "!>{3}(of|to|de|du|des|d'|à|au|aux|for|pour|plus|more|bigger|larger|than|que|qu'|mieux|better)";

export const NAMED_RIVAL_PAIR_RULES: Rule[] = rules([
  {
    id: 'any.competes.between-rivals',
    type: 'COMPETES_WITH',
    // "blocked a tie-up between rivals A and B", "la bataille entre les deux concurrents A et B"
    pattern: `(between|entre|fellow) ?(the|les) ${COUNT} ${RIVALRY_AGE} ${RIVALS_PLURAL} ${RIVALRY_AGE} @@a ${NOT_QUALIFYING}`,
    source: 'a',
    target: 'a',
    confidence: 0.7,
  },
  {
    id: 'any.competes.apposed-rivals',
    type: 'COMPETES_WITH',
    // "Saint Michel et la Biscuiterie, deux concurrents qui se livrent bataille", "A and B, two longtime rivals,"
    pattern: `@@a , ?(the) ${COUNT} ${RIVALRY_AGE} ${RIVALS_PLURAL} ${RIVALRY_AGE} ${OWNED_AFTER}`,
    source: 'a',
    target: 'a',
    confidence: 0.65,
  },
]);
