import type { Unit } from '../pattern';
import { clauseEnd, isTok, listFrom, skipRelative } from './funded-clause';
import { alongsideBefore, giverOk } from './funded-giver';

/**
 * Co-investors named after a relative clause that describes the company funded: "A a pris une participation dans Y,
 * qui conçoit des robots, aux côtés de B", "A invested in Y, which makes sensors, alongside B". The relative closes
 * the backing clause at its comma, but what follows its closing comma goes on with the backing: B puts money in Y
 * beside A (GOLD-FORMAT: joins the funding). Only a relative right after the company is stepped over, and only a
 * name brought in by an investing "alongside"/"aux côtés de" is read past it.
 */

/** The words that bring in an investing co-investor ("with"/"avec" alone may bring in a partner or a client). */
const STRONG_ALONGSIDE = /^(alongside|côtés)$/;

/** Most units from the relative's closing comma to the co-investor's name ("aux côtés du fonds régional"). */
const MAX_UNITS_TO_CO_INVESTOR = 6;

/** Givers beside the backer after the relative that opens at `ce` and describes the company at `tgt`. */
export function coInvestorsPastRelative(units: Unit[], tgt: number, ce: number): number[] {
  if (ce !== tgt + 1) return [];
  const close = skipRelative(units, ce, units.length);
  if (close === ce) return [];
  const end = clauseEnd(units, close);
  for (let k = close + 1; k < end && k - close <= MAX_UNITS_TO_CO_INVESTOR; k++) {
    if (units[k].kind !== 'ent') continue;
    const along = alongsideBefore(units, k);
    if (along <= close || !isTok(units, along, STRONG_ALONGSIDE)) return [];
    return listFrom(units, k, end).filter((m) => giverOk(units, m));
  }
  return [];
}
