import type { Unit } from '../pattern';
import { isStop, typed, wordAt } from './rivals-clause';

/**
 * A verbless rank told at the end of a relative clause: "se mesurer à A, qui domine le marché avec 1 100 agences,
 * loin devant B", "A, which leads the market by volume, far ahead of B". The comma before the rank closes no
 * relative clause here (no verb follows it), so the rank is the antecedent's own.
 */

const SUBJECT_RELATIVE = /^(qui|which|who)$/u;
/** Words of distance that open such a verbless rank ("loin devant", "far ahead of", "well behind"). */
const DISTANCE = /^(loin|largement|far|well)$/u;
/** Units looked back from the rank for the relative pronoun. */
const RELATIVE_LOOKBACK_UNITS = 16;

/** The antecedent unit of the relative clause a "…, loin devant B" rank ends, as a subject list, or null. */
export function relativeAntecedent(units: Unit[], trigger: number): number[] | null {
  if (!DISTANCE.test(wordAt(units, trigger - 1) ?? '') || wordAt(units, trigger - 2) !== ',') return null;
  for (let k = trigger - 3; k >= 1 && k >= trigger - RELATIVE_LOOKBACK_UNITS; k--) {
    if (isStop(units, k)) return null;
    const w = wordAt(units, k);
    if (w === null || !SUBJECT_RELATIVE.test(w)) continue;
    if (wordAt(units, k - 1) !== ',') return null;
    const ante = k - 2;
    const u = units[ante];
    return u?.kind === 'ent' && u.orgs && typed(units, ante) ? [ante] : null;
  }
  return null;
}
