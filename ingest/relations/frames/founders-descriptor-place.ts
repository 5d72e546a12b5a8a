import type { Unit } from '../pattern';
import { wordOrNullAt as wordAt } from './clause';

/**
 * "X, une PME de Vire créée par P", "X, a Leeds firm set up by P": a descriptor apposed to a company may carry the
 * town it is from, a capitalised word no entity was made of, after "de"/"d'" (in French the town follows the noun).
 */

/** Prepositions that bring a town into a French descriptor ("une PME de Vire", "une start-up d'Angers"). */
const PLACE_PREPOSITION = /^(de|d')$/;

/** True when the units ending at `k` are "de" and a capitalised plain word: a town inside a descriptor. */
export function placeInDescriptorAt(units: Unit[], k: number): boolean {
  const u = units[k];
  if (u?.kind !== 'tok' || u.token.kind !== 'word' || u.token.text === u.token.lower) return false;
  return PLACE_PREPOSITION.test(wordAt(units, k - 1) ?? '');
}
