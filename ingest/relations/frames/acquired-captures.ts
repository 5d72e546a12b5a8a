import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { coordinated, entsAt } from './clause';

/**
 * How the clause readers of acquired.ts turn a buyer unit and a bought unit into a reading: names joined to
 * either end by "and"/"et" come along, and a reading that would make a party buy itself is refused.
 */

/** A reading: buyer units, bought units, the unit the reading starts at. */
export function captures(
  units: Unit[],
  src: number,
  tgt: number,
  start: number,
  later: number[] = [],
): Captures | null {
  const sources = coordinated(units, src).flatMap((k) => entsAt(units, k));
  const targets = [...coordinated(units, tgt), ...later].flatMap((k) => entsAt(units, k));
  const shared = sources.filter((e) => targets.includes(e));
  // two pointers ("it … the company") stacked on one guess each are too weak a reading
  if (isAnaphor(units, src) && isAnaphor(units, tgt)) return null;
  if (sources.length === 0 || targets.length === 0 || shared.length > 0) return null;
  return { src: sources, tgt: targets, '#src': [src], '#tgt': [tgt], [MATCH_START]: [start] };
}

function isAnaphor(units: Unit[], i: number): boolean {
  const u = units[i];
  return u?.kind === 'ent' && u.anaphor;
}
