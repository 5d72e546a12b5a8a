import type { Unit } from '../pattern';
import { typed, wordAt } from './rivals-clause';

/**
 * A rival named in apposition after its place in the market ("face au leader du secteur, A", "against the
 * category's pioneer, B", "affronte les deux poids lourds du secteur, A et B"): the comma that ends a plain
 * descriptor elsewhere opens the name here. A plural place ("les deux géants") announces several names, so it opens
 * only a list of them: "Face aux géants du secteur, X mise …" names no rival, X is the clause's subject.
 */

/** Nouns of a market's first place that a name may follow in apposition ("face au leader du secteur, A"). */
const TOP_PLACE = /^(leader|numéro|champion|géant|pionnier|incumbent|giant|pioneer)$/u;
/** The same places held by several ("les deux poids lourds du secteur, A et B", "the two incumbents, A and B"). */
const TOP_PLACES = /^(leaders|géants|lourds|ténors|champions|incumbents|giants|heavyweights)$/u;
/** Most plain words of such a rank phrase before its comma ("les deux poids lourds du secteur"). */
const RANK_PHRASE_WORDS = 6;

/** A second name joined to the one at `k` ("A et B", "A, B"): the apposition is a list. */
function listAt(units: Unit[], k: number): boolean {
  const next = units[k + 2];
  return /^(,|et|and|&)$/u.test(wordAt(units, k + 1) ?? '') && next?.kind === 'ent' && next.orgs;
}

/** "au leader du secteur, A": the name apposed after a phrase of first place, or -1 (`notRivals` stops it). */
export function rankApposedMember(units: Unit[], from: number, end: number, notRivals: RegExp): number {
  let ranked = false;
  let several = false;
  for (let k = from; k < end && k <= from + RANK_PHRASE_WORDS; k++) {
    const w = wordAt(units, k);
    if (w === null) return -1;
    if (w === ',') {
      const next = units[k + 1];
      const named = next?.kind === 'ent' && next.orgs && typed(units, k + 1);
      return named && (ranked || (several && listAt(units, k + 1))) ? k + 1 : -1;
    }
    if (notRivals.test(w) || !/^\p{Ll}/u.test(w)) return -1;
    if (TOP_PLACE.test(w)) ranked = true;
    if (TOP_PLACES.test(w)) several = true;
  }
  return -1;
}
