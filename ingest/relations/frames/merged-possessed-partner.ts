import type { Unit } from '../pattern';
import { isOrgAt, wordAt } from './clause';

/**
 * A merger partner named with its owner: "combined with Ridgeline's portfolio company Haulwise", "merge with
 * Kessler's lab unit Norlab". The possessor only says whose business the partner is; the name its descriptor
 * leads to is the one that merges.
 */

/** The possessive marker the units keep after a name. */
const POSSESSIVE = /^['’]s?$/;
/** Most plain words of the descriptor between the possessive and the partner's name. */
const MAX_DESCRIPTOR_WORDS = 4;

/** The organisation `partner` owns and names right after its possessive, else `partner` itself. */
export function possessedPartner(units: Unit[], partner: number): number {
  if (!POSSESSIVE.test(wordAt(units, partner + 1))) return partner;
  for (let k = partner + 2; k < units.length && k - partner - 2 <= MAX_DESCRIPTOR_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return isOrgAt(units, k) ? k : partner;
    // the descriptor is plain lower-case words ("existing portfolio company", "fleet unit")
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return partner;
  }
  return partner;
}
