import type { Unit } from '../pattern';
import { typed, wordAt } from './rivals-clause';

/**
 * A rival named in apposition after its place in the market ("face au leader du secteur, A", "against the
 * category's pioneer, B"): the comma that ends a plain descriptor elsewhere opens the name here.
 */

/** Nouns of a market's first place that a name may follow in apposition ("face au leader du secteur, A"). */
const TOP_PLACE = /^(leader|numéro|champion|géant|pionnier|incumbent|giant|pioneer)$/u;
/** Most plain words of such a rank phrase before its comma ("au leader européen du secteur"). */
const RANK_PHRASE_WORDS = 5;

/** "au leader du secteur, A": the name apposed after a phrase of first place, or -1 (`notRivals` stops it). */
export function rankApposedMember(units: Unit[], from: number, end: number, notRivals: RegExp): number {
  let ranked = false;
  for (let k = from; k < end && k <= from + RANK_PHRASE_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null) return -1;
    if (w === ',') {
      const next = units[k + 1];
      return ranked && next?.kind === 'ent' && next.orgs && typed(units, k + 1) ? k + 1 : -1;
    }
    if (notRivals.test(w) || !/^\p{Ll}/u.test(w)) return -1;
    if (TOP_PLACE.test(w)) ranked = true;
  }
  return -1;
}
