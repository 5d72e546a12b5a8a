import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { OriginMap } from './anaphora-origin';
import { foldOrigin, isOriginWord } from './anaphora-origin';
import { cityOriginWords, demonymNationality } from './anaphora-city-origins';
import { countryOfOrigin, countryOriginWords } from './anaphora-country-origins';

/**
 * A company pointer that says where its company is from ("The Wisconsin company", "The Danish group", "le groupe
 * suisse") names a company of that place. When the company the pointer would fall back to
 * (the last subject, the article's topic) was told another origin, the pointer is someone else — a company the
 * text told of without its origin, or one it never named — so the pointer gives no company rather than a wrong one.
 * The origin reader (anaphora-origin.ts) has already taken the pointers whose origin the text told of one company.
 */

/** "Texas-based", "Leeds-based": the city or region before the suffix. */
const BASED_IN = /^(\p{L}[\p{L}.' ]*)-based$/iu;
/** Prefix the origin reader puts on origins told by a country's possessive ("Greece's X"). */
const COUNTRY_TOLD = 'country:';

/**
 * The country an origin word places a company in: a nationality, a city or US state of the tables, "City-based",
 * a city demonym. Null when the word says no country.
 */
export function originCountry(word: string): string | null {
  const folded = foldOrigin(word);
  const place = BASED_IN.exec(word)?.[1]?.toLowerCase() ?? folded;
  const direct = countryOfOrigin(folded);
  if (direct !== null) return direct;
  for (const w of [...cityOriginWords(place), ...countryOriginWords(place)]) {
    const country = countryOfOrigin(w);
    if (country !== null) return country;
  }
  const nationality = demonymNationality(folded);
  if (nationality !== null) return countryOfOrigin(nationality);
  // a regional demonym ("savoyard") places no country the tables know: a Swiss group's French site is "savoyard"
  return null;
}

/** The countries of the origin words the article told of company `ent` alone. */
function countriesToldOf(origins: OriginMap, ent: number): Set<string> {
  const countries = new Set<string>();
  for (const [word, owner] of origins) {
    if (owner !== ent) continue;
    const country = originCountry(word.startsWith(COUNTRY_TOLD) ? word.slice(COUNTRY_TOLD.length) : word);
    if (country !== null) countries.add(country);
  }
  return countries;
}

/**
 * Origin words of a pointer phrase over tokens `from`..`to` (exclusive): nationalities, demonyms, "City-based", and a
 * capitalised word no name starts at standing before the noun ("The Wisconsin company").
 */
export function pointerOriginWords(tokens: Token[], mentions: Mention[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const capitalisedPlace = t.text !== t.lower && k > from && !mentions.some((m) => m.from <= k && k < m.to);
    if (isOriginWord(t) || capitalisedPlace) words.push(t.text);
  }
  return words;
}

/**
 * The pointer whose phrase holds `words` cannot stand for `ent`: the article placed `ent` in a country, and the
 * phrase places its company in another ("Swiss cheesemaker X" … "The Wisconsin company"). A region or town the
 * tables do not place ("the Leeds-based company") contradicts nothing.
 */
export function originConflicts(origins: OriginMap, ent: number, words: readonly string[]): boolean {
  const said = words.map((w) => originCountry(w)).filter((c): c is string => c !== null);
  if (said.length === 0) return false;
  const told = countriesToldOf(origins, ent);
  return told.size > 0 && !said.some((c) => told.has(c));
}
