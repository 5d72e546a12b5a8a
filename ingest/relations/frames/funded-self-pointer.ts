import type { Unit } from '../pattern';

/**
 * "GV and the Mayo Clinic also invested in the company": the pointer names the company the article is about, never a
 * member of the investors' own list. When the pointer was resolved to a name coordinated with the investor, the
 * reading funds an investor by its co-investor and is dropped.
 */

/** Words that join the members of one list ("A, B and the C"). */
const LIST_GLUE = /^(,|and|et|or|ou|&|the|le|la|les|l'|its|their|ses|leurs|both)$/;

/** Entity indices of the list the unit at `i` belongs to (itself included). */
function listMembers(units: Unit[], i: number): Set<number> {
  const out = new Set<number>();
  for (const step of [-1, 1]) {
    for (let k = i; k >= 0 && k < units.length; k += step) {
      const u = units[k];
      if (u.kind === 'ent') {
        if (u.anaphor) break;
        u.ents.forEach((e) => out.add(e));
        continue;
      }
      if (!LIST_GLUE.test(u.token.lower)) break;
    }
  }
  return out;
}

/** Whether the funded unit at `b` is a pointer resolved to a member of the investor's (at `a`) own list. */
export function pointerToCoInvestor(units: Unit[], a: number, b: number): boolean {
  const target = units[b];
  if (target?.kind !== 'ent' || !target.anaphor || a >= b) return false;
  const members = listMembers(units, a);
  return target.ents.some((e) => members.has(e));
}
