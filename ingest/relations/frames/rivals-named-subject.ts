import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * "The combined group, to be called Nordpay, will compete with S", "Le nouvel ensemble, qui prendra le nom de
 * Nordpay, affrontera S": a pointer subject followed by an aside naming the company it stands for is that company,
 * not whatever the pointer was resolved to (often the merging parties, which do not compete with S themselves).
 */

/** Words of naming a company to come, before its name. */
const NAMING =
  /^(called|named|renamed|dubbed|name|known|baptisé|baptisée|nommé|nommée|dénommé|dénommée|appelé|appelée|appellera|nom)$/u;
/** Most units between the comma and the name ("to be called", "qui prendra le nom de"). */
const NAMING_UNITS = 6;

/** The unit of the name an aside gives a pointer subject at `subject`, or -1. */
export function namedPointer(units: Unit[], subject: number): number {
  const u = units[subject];
  if (u?.kind !== 'ent' || !u.anaphor || wordAt(units, subject + 1) !== ',') return -1;
  let named = false;
  for (let k = subject + 2; k < units.length && k <= subject + 2 + NAMING_UNITS; k++) {
    const x = units[k];
    if (x.kind === 'ent') {
      if (!named || !x.orgs || x.anaphor) return -1;
      // the aside must close right after the name
      return wordAt(units, k + 1) === ',' ? k : -1;
    }
    const w = wordAt(units, k);
    if (w === null || /^[,;:.!?()]$/u.test(w)) return -1;
    if (NAMING.test(w)) named = true;
  }
  return -1;
}
