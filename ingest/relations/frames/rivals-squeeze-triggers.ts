import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';
import type { RivalTrigger } from './rivals-triggers';
import { MARKET_PRIZE as MARKET_PRIZE_WORDS } from '../rival-words';
import { negated } from './rivals-press-triggers';

/**
 * Two trade-press ways of telling whom a company fights: a fight over a market's prize told before its rivals
 * ("fights for players with A and B", "battles for customers against A"), and pressure from rivals that are then
 * listed ("squeezed by larger rivals such as A and B", "bousculé par des concurrents comme A"). Their subject is
 * found by the clause reader as for every trigger.
 */

/** Verbs of a fight whose prize is told first ("fights for players with A"); "fights off a bid" is no rivalry. */
const FIGHT_FOR =
  /^(fight|fights|fought|fighting|battle|battles|battled|battling|vie|vies|vied|vying|jostle|jostles|jostling)$/u;
const MARKET_PRIZE = new RegExp(`^${MARKET_PRIZE_WORDS}$`, 'u');
/** Plain words between "for" and the prize ("for the same customers", "for market share"). */
const PRIZE_WORDS = 3;
/** Plain words between the prize and "with/against" ("for players and advertising budgets with"). */
const PRIZE_TO_PARTICLE_WORDS = 4;

/** Participles of pressure whose agent is a set of rivals listed next ("squeezed by rivals such as A"). */
const PRESSED =
  /^(squeezed|pressured|pressed|hurt|hit|challenged|threatened|undercut|outgunned|crowded|bousculée?s?|menacée?s?|concurrencée?s?|pressée?s?|chahutée?s?|malmenée?s?)$/u;
/** A plural rival noun: only rivals listed after it are the subject's ("squeezed by costs such as fuel" is not). */
const RIVALS = /^(rivals|competitors|challengers|concurrents|rivaux)$/u;
/** Words between the agent particle and the rival noun ("by larger, cheaper rivals", "par des concurrents"). */
const RIVAL_QUALIFIER_WORDS = 4;
/** Words opening the list of named rivals after the noun ("such as", "including", "comme", "tels que"). */
const LIST_OPENER = /^(such|including|like|notably|comme|notamment|tels|telles|dont)$/u;

/** A lower-case plain word (no name, no punctuation) at `k`. */
function plainWord(units: Unit[], k: number): string | null {
  const u = units[k];
  if (u === undefined || u.kind !== 'tok' || u.token.kind !== 'word') return null;
  return /^\p{Ll}/u.test(u.token.text) ? u.token.lower : null;
}

/** "fights for players with A": the unit after "with/against" when a market prize stands after "for", or -1. */
function fightForAt(units: Unit[], i: number): number {
  if (!FIGHT_FOR.test(wordAt(units, i) ?? '') || negated(units, i)) return -1;
  if (wordAt(units, i + 1) !== 'for') return -1;
  let prize = false;
  for (let k = i + 2; k < units.length && k <= i + 2 + PRIZE_WORDS + PRIZE_TO_PARTICLE_WORDS; k++) {
    const w = plainWord(units, k);
    if (w === null) return -1;
    if (/^(with|against)$/u.test(w)) return prize ? k + 1 : -1;
    if (k <= i + 2 + PRIZE_WORDS && MARKET_PRIZE.test(w)) prize = true;
  }
  return -1;
}

/** "squeezed by larger rivals such as A": the unit after the list opener, or -1. */
function pressedByRivalsAt(units: Unit[], i: number): number {
  if (!PRESSED.test(wordAt(units, i) ?? '') || negated(units, i)) return -1;
  if (!/^(by|par)$/u.test(wordAt(units, i + 1) ?? '')) return -1;
  for (let k = i + 2; k < units.length && k <= i + 2 + RIVAL_QUALIFIER_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null) return -1;
    if (RIVALS.test(w)) {
      const opener = wordAt(units, k + 1) ?? '';
      if (!LIST_OPENER.test(opener)) return -1;
      // "such as", "tels que": the opener's second word
      return /^(such|tels|telles)$/u.test(opener) ? k + 3 : k + 2;
    }
    if (plainWord(units, k) === null && w !== ',') return -1;
  }
  return -1;
}

export const SQUEEZE_TRIGGERS: RivalTrigger[] = [
  { name: 'fight-for-prize', head: FIGHT_FOR, lead: 1, at: fightForAt },
  { name: 'pressed-by-rivals', head: PRESSED, lead: 2, at: pressedByRivalsAt },
];
