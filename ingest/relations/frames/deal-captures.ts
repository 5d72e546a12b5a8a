import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { entsAt } from './clause';

/**
 * The captures of a deal read between two positions: none when either end names no entity or both ends share one
 * (a company never buys itself). `start` is where the match is said to begin.
 */
export function dealCaptures(units: Unit[], buyer: number, bought: number, start: number): Captures | null {
  const s = entsAt(units, buyer);
  const g = entsAt(units, bought);
  if (s.length === 0 || g.length === 0 || s.some((e) => g.includes(e))) return null;
  return { src: s, tgt: g, '#src': [buyer], '#tgt': [bought], [MATCH_START]: [start] };
}
