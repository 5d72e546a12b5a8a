import type { Unit } from '../pattern';
import { isOriginWord } from '../anaphora-origin';
import { isOrgAt, wordAt } from './clause';

/**
 * A subject that only owns the noun it stands before: "Its main rival in Spain, Y, was bought by X" and "A's main
 * competitor in Europe, Dutch firm Y, was bought by X" tell of Y, not of the possessor (the pointer "its" or the
 * name A with its "'s"). The apposed name may carry a nationality before it ("Dutch", "German").
 */

/** The possessive mark after a name that makes it the owner of the noun after it ("A's rival"). */
const POSSESSIVE_MARK = /^('s|’s|')$/u;

/** The subject at `subject` owns the noun after it: a resolved pointer ("its rival") or a name with "'s". */
function isPossessor(units: Unit[], subject: number): boolean {
  const u = units[subject];
  if (u?.kind !== 'ent') return false;
  return u.anaphor || (u.orgs && POSSESSIVE_MARK.test(wordAt(units, subject + 1)));
}

/** The name at `k` stands between commas, past a nationality word after the first one ("…, Dutch firm Y,"). */
function apposedBetweenCommas(units: Unit[], k: number): boolean {
  if (!isOrgAt(units, k) || wordAt(units, k + 1) !== ',') return false;
  if (wordAt(units, k - 1) === ',') return true;
  const before = units[k - 1];
  return wordAt(units, k - 2) === ',' && before?.kind === 'tok' && isOriginWord(before.token);
}

/**
 * The subject `subject`, unless it owns a noun whose name is told in an apposition before the verb at `verb`: then
 * that name.
 */
export function apposedAfterPossessor(units: Unit[], subject: number, verb: number): number {
  if (subject < 0 || !isPossessor(units, subject)) return subject;
  for (let k = subject + 1; k < verb; k++) if (apposedBetweenCommas(units, k)) return k;
  return subject;
}
