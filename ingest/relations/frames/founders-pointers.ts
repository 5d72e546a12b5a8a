import type { Unit } from '../pattern';

/** Whether a pointer unit takes up a company the same sentence names or points at earlier. */

/**
 * A pointer ("la jeune pousse") resolved to a company the same sentence already named before it ("passée par X"):
 * in a sentence telling a founding, that company is the founder's former employer, not the one founded.
 */
export function pointsBack(units: Unit[], at: number): boolean {
  const u = units[at];
  return u?.kind === 'ent' && u.anaphor && seenBefore(units, at, at, false);
}

/** The company of the unit at `at` is named (or, with `pointersToo`, pointed at) before unit `end`. */
export function seenBefore(units: Unit[], at: number, end: number, pointersToo: boolean): boolean {
  const u = units[at];
  if (u?.kind !== 'ent') return false;
  return units
    .slice(0, end)
    .some(
      (v, k) =>
        k !== at && v.kind === 'ent' && (pointersToo || !v.anaphor) && v.ents.some((e) => u.ents.includes(e)),
    );
}
