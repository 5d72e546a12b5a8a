import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { isWorldGivenName } from './person-given-names';
import { personNameShape } from './person-shapes';

/**
 * "Thibault d'Hérouville", "Jakob du Plessis", "Pieter ter Beek", "Jean-Marc Dupuis de la Villéon": a given name,
 * then a lower-case surname particle before a capitalised surname, is a person's name. Organisations carry the
 * same particles after a head word ("Banque du Rhône", "Terres d'Armor"), never right after a given name; a
 * place-shaped name ("Val de Sèvre", "Port du Havre") is left to the other cues.
 */
const SURNAME_PARTICLES = new Set([
  "d'",
  'd’',
  'du',
  'de',
  'des',
  'ter',
  'van',
  'von',
  'di',
  'da',
  'del',
  'della',
  'dos',
]);
/** Articles a particle may take before the surname ("de la Tour", "van der Berg"). */
const PARTICLE_ARTICLES = new Set(['la', 'le', "l'", 'der', 'den']);
/** Most capitalised words before the particle: the given name and one surname ("Jean-Marc Dupuis de la …"). */
const MAX_WORDS_BEFORE_PARTICLE = 2;

function isCapitalisedWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

function isGivenName(t: Token): boolean {
  const given = t.lower.split('-')[0];
  return FIRST_NAMES.has(given) || isWorldGivenName(given);
}

/** True when [from, to) is a given name, at most one surname, a particle (and its article), then one surname. */
export function hasParticleSurname(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 3 || !isGivenName(tokens[from])) return false;
  let i = from + 1;
  while (i < to && i - from < MAX_WORDS_BEFORE_PARTICLE && isCapitalisedWord(tokens[i])) i++;
  if (i >= to || !SURNAME_PARTICLES.has(tokens[i].lower) || tokens[i].text !== tokens[i].lower) return false;
  i++;
  if (i < to && PARTICLE_ARTICLES.has(tokens[i].text)) i++;
  return i === to - 1 && isCapitalisedWord(tokens[i]) && personNameShape(tokens, from, to);
}
