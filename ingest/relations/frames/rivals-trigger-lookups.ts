import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/** Look-arounds and windows shared by the rivalry triggers. */

/** After a particle ("face à", "ahead of") the rival comes nearly at once ("face aux géants B"). */
export const PARTICLE_LEAD_WORDS = 4;
/** Words looked back for a reflexive pronoun or a rank ("se mesurer", "ranks second behind"). */
export const LOOKBACK_WORDS = 3;

/** A word before unit `i` (within `n` units) matches `re`. */
export function before(units: Unit[], i: number, n: number, re: RegExp): boolean {
  for (let k = i - 1; k >= 0 && k >= i - n; k--) {
    const w = wordAt(units, k);
    if (w !== null && re.test(w)) return true;
  }
  return false;
}

/** Index after an optional particle at `i` matching `re`. */
export function skip(units: Unit[], i: number, re: RegExp): number {
  return re.test(wordAt(units, i) ?? '') ? i + 1 : i;
}
