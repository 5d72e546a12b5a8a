import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { isWorldGivenName } from './person-given-names';

/**
 * "Rafael de la Cruz Ibáñez", "Anne de la Tour", "María de los Santos": Spanish and French surnames open with a
 * two-word particle. After a lone given name it joins the surname into one person's name; after any other word
 * ("Banque de la Réunion") the institution joins keep reading it.
 */
const GIVEN_NAME_PARTICLE_PAIRS = new Set(['de la', 'de las', 'de los', 'de le']);

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

/** True when the particle pair at `i` follows a run of one given name and a capitalised surname follows it. */
export function isParticlePairAfterGivenName(tokens: Token[], runFrom: number, i: number): boolean {
  if (i - runFrom !== 1) return false;
  const next = tokens[i + 1];
  if (!next || !GIVEN_NAME_PARTICLE_PAIRS.has(`${tokens[i].lower} ${next.lower}`)) return false;
  if (!isCapitalisedWord(tokens[i + 2])) return false;
  const given = tokens[runFrom].lower.split('-')[0];
  return FIRST_NAMES.has(given) || isWorldGivenName(given);
}
