import type { Unit } from '../pattern';
import { wordOrNullAt as wordAt } from './clause';

/**
 * "X, qui emploie 310 consultants et a réalisé …, avait été fondée en 2009 par A et B": a relative clause on the
 * sentence's opening company stands between it and its passive of founding or heading.
 */

/** Most units of a relative clause on the sentence's subject, its closing comma included. */
const MAX_SUBJECT_RELATIVE_UNITS = 30;
/** Relative pronouns that open a clause on the company just named. */
const SUBJECT_RELATIVE = /^(qui|which)$/;

/**
 * The sentence's opening company (index 0) when the comma at `close` ends a relative clause on it, or -1. Only the
 * sentence's first comma may open it, and the clause may name no person (whose title the passive would then be).
 */
export function openingRelativeOrg(units: Unit[], close: number): number {
  const first = units[0];
  if (close > MAX_SUBJECT_RELATIVE_UNITS || first?.kind !== 'ent' || !first.orgs) return -1;
  if (wordAt(units, 1) !== ',' || !SUBJECT_RELATIVE.test(wordAt(units, 2) ?? '')) return -1;
  for (let j = 3; j < close; j++) {
    const u = units[j];
    if (wordAt(units, j) === ',' || (u.kind === 'ent' && u.persons)) return -1;
  }
  return 0;
}
