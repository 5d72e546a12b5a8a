import type { Token } from '../tokens';
import { isKnownCountry } from './world-lexicon';
import { knownOrganisation } from './known-organisations';

/**
 * "affronte en France STEF et Olano", "vend aux Etats-Unis Walmart": a French site phrase (en/au/aux + country) put
 * before a name glues the country to it, and "France STEF" then reads as one company. French says "dans X" of a
 * company, so after en/au/aux a country opening a longer run is the place; a run known whole ("Maroc Telecom") stays.
 */
const FRENCH_SITE_PREPOSITIONS = new Set(['en', 'au', 'aux']);

/** French names of countries and continents (the lexicon knows the English ones); towns name clubs ("au Hambourg SV"). */
const FRENCH_COUNTRIES = new Set(
  `france allemagne espagne italie chine japon inde russie royaume-uni etats-unis états-unis belgique suisse
  pays-bas canada brésil mexique portugal pologne suède norvège danemark finlande autriche irlande grèce turquie
  maroc algérie tunisie égypte corée australie argentine chili colombie pérou vietnam indonésie singapour
  luxembourg roumanie hongrie israël liban sénégal nigeria afrique europe asie amérique`.split(/\s+/),
);

function isCountryWord(t: Token): boolean {
  return isKnownCountry(t.lower) || FRENCH_COUNTRIES.has(t.lower);
}

/** The first token of the name in the run [from, to): one past a leading country after en/au/aux, else `from`. */
export function afterLocativeCountry(tokens: Token[], from: number, to: number, text: string): number {
  if (to - from < 2 || !FRENCH_SITE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '')) return from;
  if (!isCountryWord(tokens[from])) return from;
  if (knownOrganisation(text.slice(tokens[from].start, tokens[to - 1].end)) !== null) return from;
  return from + 1;
}
