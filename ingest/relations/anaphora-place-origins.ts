import type { Token } from '../tokens';
import { NATIONALITIES } from '../entities/lexicon-common';
import { cityOriginWords } from './anaphora-city-origins';

/**
 * Where a company is from, said by a place clause after its name rather than an adjective before it: "Hélior, basé à
 * Montpellier,", "X, implantée à Rennes", "Callexia, dont le siège est à Orléans", "Y, based in Leeds,", "Z,
 * headquartered in Lyon". Later "le développeur montpelliérain", "l'entreprise rennaise", "the Leeds-based company"
 * point at it. Only the city's own demonym and "City-based" are kept: a nationality said of the city's country fits
 * too many companies of the article.
 */

/** Participles and nouns that bring in a company's seat. */
const SEAT_WORDS =
  /^(basée?s?|implantée?s?|installée?s?|située?s?|établie?s?|domiciliée?s?|siège|based|headquartered|headquarters)$/;
/** Words that may stand between the seat word and its preposition ("dont le siège est à", "siège social à"). */
const SEAT_FILLERS = new Set(['est', 'social', 'se', 'trouve', 'is', 'are']);
/** Prepositions before the city. */
const SEAT_PREPOSITIONS = new Set(['à', 'in']);
/** Most tokens between the name and the seat word (", dont le siège", ", a startup based"). */
const MAX_BEFORE_SEAT = 4;

/** Origin words the place clause after a name ending at `to` tells: the city's demonym and "City-based". */
export function placeOriginWords(tokens: Token[], to: number): string[] {
  if (tokens[to]?.text !== ',') return [];
  for (let k = to + 1; k < tokens.length && k <= to + 1 + MAX_BEFORE_SEAT; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.text !== t.lower) return [];
    if (!SEAT_WORDS.test(t.lower)) continue;
    let p = k + 1;
    while (p < tokens.length && SEAT_FILLERS.has(tokens[p].lower)) p++;
    const city = tokens[p + 1];
    if (!SEAT_PREPOSITIONS.has(tokens[p]?.lower ?? '') || !city || city.text === city.lower) return [];
    // "basé à Montpellier et à Paris": two seats tell no single origin
    if (/^(et|and)$/.test(tokens[p + 2]?.lower ?? '')) return [];
    const own = cityOriginWords(city.lower).filter((w) => !NATIONALITIES.has(w));
    return [...own.slice(0, 1), `${city.text}-based`];
  }
  return [];
}
