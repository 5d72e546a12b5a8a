import type { Token } from '../tokens';
import { isKnownCountry } from './world-lexicon';

/** The possessive ending, straight or curly, as the tokenizer splits it off. */
const POSSESSIVES = new Set(["'s", '’s']);

/**
 * "Poland's Baltstore and Italy's Accumula", "Germany's Truckbase": wire copy names a firm by its country's
 * possessive in place of "the Polish company". A weak cue, like the other party slots: the resolver keeps a
 * person's surname ("Germany's Scholz" after "Olaf Scholz") a person.
 */
export function countryPossessiveBefore(tokens: Token[], from: number): boolean {
  const s = tokens[from - 1];
  const country = tokens[from - 2];
  if (!s || !country || !POSSESSIVES.has(s.lower) || !/^\p{Lu}/u.test(country.text)) return false;
  // "the United States' X", "South Korea's Y": a country of two words
  const two = tokens[from - 3];
  if (two && /^\p{Lu}/u.test(two.text) && isKnownCountry(`${two.lower} ${country.lower}`)) return true;
  return isKnownCountry(country.lower);
}
