import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import { wordOrNullAt } from './frames/clause';

/**
 * A company placed a counted number of places from another in a table ("ranked 38th on the list of the largest
 * suppliers, one place ahead of Gentherm", "au 112e rang du classement, une place devant le fromager X") is its
 * neighbour in that table, not its rival: a table of all large or fast-growing firms ranks companies of every
 * trade, and the press tells a market's rivals by where they stand in the market ("second behind X", "devant
 * X"), not by a distance in places. The rivalry is refused when the place distance stands right before the rival.
 */

/** Words of position relative to the next name ("ahead of", "behind", "devant", "derrière"). */
const POSITION_WORDS = new Set(['ahead', 'behind', 'above', 'below', 'devant', 'derrière']);
/** Nouns of a place in a table. */
const PLACE_NOUNS = new Set([
  'place',
  'places',
  'spot',
  'spots',
  'position',
  'positions',
  'rank',
  'ranks',
  'notch',
  'notches',
  'rung',
  'rungs',
  'rang',
  'rangs',
]);
/** Counts of places in words (digits are read as numbers). */
const COUNT_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'a',
  'un',
  'une',
  'deux',
  'trois',
  'quatre',
  'cinq',
]);
/** Words that may stand between the position word and the rival: "of", an article, a short descriptor. */
const MAX_WORDS_BEFORE_RIVAL = 4;

/** Whether a counted place distance ("one place ahead of", "deux rangs derrière") stands right before unit `j`. */
function placeDistanceBefore(units: Unit[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 1 - MAX_WORDS_BEFORE_RIVAL; k--) {
    const w = wordOrNullAt(units, k);
    if (w === null) return false;
    if (POSITION_WORDS.has(w)) {
      const noun = wordOrNullAt(units, k - 1) ?? '';
      const count = units[k - 2];
      const counted =
        count?.kind === 'tok' && (count.token.kind === 'number' || COUNT_WORDS.has(count.token.lower));
      return PLACE_NOUNS.has(noun) && counted;
    }
  }
  return false;
}

/**
 * Where a rivalry's later party was captured (-1 for another type, or with neither end captured): the rank guards
 * read what stands right before it.
 */
export function laterRivalAt(rule: Rule, caps: Captures): number {
  if (rule.type !== 'COMPETES_WITH') return -1;
  const at = [rule.source, rule.target]
    .filter((r): r is string => r !== undefined)
    .map((r) => capturedAt(caps, r))
    .filter((k) => k >= 0);
  return at.length === 0 ? -1 : Math.max(...at);
}

/** A rivalry whose later party stands a counted number of places from the other in a table (see above). */
export function rankNeighbourOnly(rule: Rule, caps: Captures, units: Unit[]): boolean {
  const at = laterRivalAt(rule, caps);
  return at >= 0 && placeDistanceBefore(units, at);
}
