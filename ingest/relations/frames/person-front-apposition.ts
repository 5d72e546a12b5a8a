import type { Unit } from '../pattern';
import { wordOrNullAt as wordAt } from './clause';

/**
 * "Corvane's first chief executive, P, now chairs Y", "A former banker, P, now runs Y", "Son ancien directeur
 * général, P, dirige désormais Y": a person set off by commas after a short description opening the sentence is
 * the subject of the verb after the closing comma. The description is words and company names only (a person there
 * is another subject, a comma a list), so "A, B, now run" and "X bought Y from P, …" are left alone.
 */

/** Most units of the description before the person ("Corvane's first chief executive"). */
const MAX_FRONT_DESCRIPTION_UNITS = 7;

/**
 * The name's unit when the comma at `k` closes "Description, P," opening the sentence; else -1 (the caller checks
 * the name is a person's). The description must hold a plain word (a bare name before the comma is a list's first
 * item).
 */
export function personAfterFrontDescription(units: Unit[], k: number): number {
  const p = k - 1;
  if (wordAt(units, k) !== ',' || units[p]?.kind !== 'ent' || wordAt(units, p - 1) !== ',') return -1;
  const open = p - 1;
  if (open < 1 || open > MAX_FRONT_DESCRIPTION_UNITS) return -1;
  let words = 0;
  for (let j = 0; j < open; j++) {
    const u = units[j];
    if (u.kind === 'ent') {
      if (u.persons) return -1;
      continue;
    }
    if (u.token.kind !== 'word') return -1;
    words++;
  }
  return words > 0 ? p : -1;
}
