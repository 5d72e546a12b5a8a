import type { Unit } from '../pattern';
import { wordAt } from './founders-clause';

/**
 * Where the subject of an appointment stands. "RODEZ, 23 novembre – X a confié …", "CHICAGO, Nov 12 (Reuters) - X
 * named …": a wire dateline's city and agency come before the subject and are none.
 * "Le conseil de surveillance de X, fabricant de …, a désigné P", "The board of X named P": a company's board
 * appoints for the company, so the company after the board's "de/of" is the appointing subject although it follows
 * a preposition.
 */

/** Words of a board's name and its determiners, read back from the company's "de/of". */
const BOARD_PHRASE =
  /^(le|la|l'|the|its|conseil|surveillance|administration|d'administration|directoire|board|directors|supervisory|de|d'|du|des|of)$/;
/** The nouns that make the phrase a board; "la filiale de X" or "the head of X" is no board. */
const BOARD_NOUN = /^(conseil|directoire|board)$/;
/** What may stand before the board phrase: the sentence's start or a dateline's dash or colon. */
const OPENING = /^([-–—:]|)$/;
/** Most words of a board's name ("le conseil de surveillance de"). */
const MAX_BOARD_WORDS = 6;

/** Whether the company at `i` is the owner of a board that opens the clause ("Le conseil d'administration de X"). */
export function boardOwnerAt(units: Unit[], i: number): boolean {
  // "des Transports X", "des Laboratoires Y": a company named by a plural noun takes "des"
  if (!/^(de|d'|du|des|of)$/.test(wordAt(units, i - 1) ?? '')) return false;
  let board = false;
  let k = i - 1;
  for (; k >= 0 && i - k <= MAX_BOARD_WORDS; k--) {
    const w = wordAt(units, k);
    if (w === null || !BOARD_PHRASE.test(w)) break;
    if (BOARD_NOUN.test(w)) board = true;
  }
  return board && (k < 0 || OPENING.test(wordAt(units, k) ?? 'x'));
}

/** Units of a wire dateline before its dash ("ALBANY, N.Y., March 3 (Reuters) -"). */
const MAX_DATELINE_UNITS = 12;
const DATELINE_DASH = /^(-|--|—|–)$/;
/** The day of a dateline's date: a dash with no day before it is an aside's ("X - the maker - named P"). */
const DAY = /^\d{1,2}$/;

/** The first unit after a dated wire dateline, or 0 when the sentence opens with none. */
export function afterDatedDateline(units: Unit[]): number {
  let day = false;
  for (let k = 1; k < units.length && k <= MAX_DATELINE_UNITS; k++) {
    const w = wordAt(units, k) ?? '';
    if (DAY.test(w)) day = true;
    else if (DATELINE_DASH.test(w)) return day ? k + 1 : 0;
  }
  return 0;
}
