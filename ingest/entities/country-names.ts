import type { Token } from '../tokens';
import { isKnownCountry } from './world-lexicon';

/**
 * "Ecuador posted a trade surplus", "Papua New Guinea said it would sell": wire copy makes countries the subjects
 * of the verbs that type firms, so a country would read as an organisation. GOLD-FORMAT never counts a country.
 * After a site preposition ("a plant in Ecuador") the country keeps its older reading: wire deal readers hold the
 * buyer of an unnamed business through it when no other name is given.
 */
const SITE_PREPOSITIONS = new Set(['in', 'en', 'au', 'aux', 'à']);
/**
 * Countries wire copy names that compromise's lexicon lacks as countries ("operations in Sweden, France, Great
 * Britain and Spain", "metal sales - U.S.A."); "great" is no place word, so the run would otherwise pass for a
 * firm's name.
 */
const COUNTRIES_BEYOND_LEXICON = new Set([
  'great britain',
  'britain',
  'west germany',
  'east germany',
  'u.s.a.',
  'u.s.s.r.',
]);

/** True when tokens [from, to) spell a country the lexicon knows, outside a site slot. */
export function isCountryName(tokens: Token[], from: number, to: number): boolean {
  const name = tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ')
    .toLowerCase();
  return (
    (isKnownCountry(name) || COUNTRIES_BEYOND_LEXICON.has(name)) &&
    !SITE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '')
  );
}
