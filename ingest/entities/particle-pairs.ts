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
  const next = tokens[i + 1];
  if (!next || !GIVEN_NAME_PARTICLE_PAIRS.has(`${tokens[i].lower} ${next.lower}`)) return false;
  if (!isCapitalisedWord(tokens[i + 2])) return false;
  // "Jean-Marc Dupuis de la Villéon": a double surname's particle pair may follow the first surname too
  const givenAt =
    i - runFrom >= 2 && isCapitalisedWord(tokens[i - 1]) && isGiven(tokens[i - 2]) ? i - 2 : i - 1;
  // "à l'AFP Jean-Marc Dupuis de la …": an outlet's acronym may open the run before the person's name
  const opener = givenAt - runFrom === 1 && isAllCapsWord(tokens[runFrom]);
  if (givenAt !== runFrom && !opener) return false;
  return isGiven(tokens[givenAt]);
}

function isGiven(t: Token): boolean {
  const given = t.lower.split('-')[0];
  return FIRST_NAMES.has(given) || isWorldGivenName(given);
}

function isAllCapsWord(t: Token): boolean {
  return t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
}
