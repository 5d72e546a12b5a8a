import type { Unit } from '../pattern';
import { isOrgAt } from './clause';

/** A descriptor word: lower-case, or the hyphen of a compound. */
export const DESCRIPTOR_WORD = /^(\p{Ll}[\p{L}'’-]*|-)$/u;

/**
 * The company a relative clause opening at `from` describes, or -1: the name right before it, or the name before a
 * comma and a short lower-case descriptor ("Y, a frozen-pizza maker which …"). Readers differ only in how long a
 * descriptor they accept, so they pass it.
 */
export function relativeAntecedentBefore(units: Unit[], from: number, maxDescriptorUnits: number): number {
  if (isOrgAt(units, from - 1)) return from - 1;
  for (let k = from - 1; k >= 0 && from - k <= maxDescriptorUnits + 1; k--) {
    const u = units[k];
    if (u.kind === 'ent') return -1;
    if (u.token.lower === ',') return isOrgAt(units, k - 1) ? k - 1 : -1;
    if (!DESCRIPTOR_WORD.test(u.token.text)) return -1;
  }
  return -1;
}
