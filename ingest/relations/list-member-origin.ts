import type { Unit } from './pattern';
import { isOriginWord } from './anaphora-origin';

/**
 * A list's last member is often told with its origin: "dominé par A, B et le danois C", "A, B and German C". The
 * origin only describes C, so a list read through its joins goes on past it and keeps C; without this the list
 * stopped at B and a later "ce trio" / "the three" lost its last member.
 */

/** Determiners of a French origin used as a noun ("le danois C", "l'allemand C"); English has none. */
const ORIGIN_NOUN_DETERMINERS = new Set(['le', 'la', "l'"]);

function originAt(units: Unit[], k: number): boolean {
  const u = units[k];
  return u?.kind === 'tok' && isOriginWord(u.token);
}

/**
 * Tokens of an origin descriptor at `k` right before a named company: 2 for "le danois" / "l'allemand", 1 for a
 * capitalised nationality ("German", "Dutch"), else 0.
 */
export function originDescriptorLength(units: Unit[], k: number): number {
  const u = units[k];
  if (u?.kind !== 'tok') return 0;
  const at = ORIGIN_NOUN_DETERMINERS.has(u.token.lower) && originAt(units, k + 1) ? 2 : 0;
  const length = at || (/^\p{Lu}/u.test(u.token.text) && originAt(units, k) ? 1 : 0);
  const named = units[k + length];
  return length > 0 && named?.kind === 'ent' && named.orgs && !named.anaphor ? length : 0;
}
