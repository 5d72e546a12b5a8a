import { rules } from '../rule';
import type { Rule } from '../rule';
import { MARKET_RANK } from '../rival-words';

/**
 * "L'opération fera de X le numéro deux français du biscuit, derrière A", "fait du groupe le numéro trois …,
 * derrière A et B": French tells the rank a deal gives a company as "faire de X le numéro N". X is brought in by
 * "de", which the rank rules read as a complement of the noun before (no party); after a verb of making it is the
 * object the rank is given to, so it is the rival of every company the rank is told against.
 */

/** Forms of "faire" that make their "de" object what the rank after it says. */
const MAKE_FR = '(fait|fera|ferait|font|feront|faire|fasse|faisait)';
/** Most words between the rank word and "derrière"/"devant" (a market told in full: "du ciment dans le sud-est"). */
const MAX_RANK_TO_PLACE_WORDS = 16;

export const MADE_RANK_RULES: Rule[] = rules([
  {
    id: 'fr.competes.made-rank-behind',
    type: 'COMPETES_WITH',
    pattern: `${MAKE_FR} (de|d'|du) @a (le|la|l'|un|une) ?(nouveau|nouvel|nouvelle) ${MARKET_RANK} ~${MAX_RANK_TO_PLACE_WORDS}^(;|:|qui|que|dont) (derrière|devant) @@b`,
    source: 'a',
    target: 'b',
    confidence: 0.65,
  },
]);
