import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { wordSet } from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';
import { isTallyNumber } from './tally-numbers';

/**
 * Channels, clubs and bands carry a number as the last word of their name ("France 3", "Hanovre 96",
 * "Sum 41"); a number after a name is otherwise a date, a score or a quantity. It is kept when nothing that
 * reads a quantity or a range follows it and it cannot be a year.
 */

/** Longest number kept as a name's last word, in digits ("Powerman 5000"). */
const MAX_SUFFIX_DIGITS = 4;
/** Years a four-digit number may be; a name's number is outside them. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 2099;
/** Most words of the name before the number ("Grenoble Foot 38"). */
const MAX_NAME_WORDS_BEFORE_NUMBER = 3;
/** Tokens after the number that make it a quantity, a range, a score or a part of a code. */
const NOT_AFTER = new Set(['-', '–', '+', '/', '%', ':', 'h', '×', 'x']);
/** Lower-case words after the number that make it a quantity or a date ("3 millions", "12 mai"). */
const QUANTITY_WORDS = wordSet(`
millions | million | milliards | milliard | ans | an | mois | jours | jour | heures | minutes | fois | km | m | kg
janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre | novembre | décembre
points | buts | victoires | défaites | exemplaires | habitants | morts | sur | à | et | ou | de | d' | %
matchs | matches | manches | sets | titres | places | rencontres | tours | essais | fois | contre
`);
const PLACE_PREPOSITIONS = new Set(['en', 'au', 'aux', 'à', 'in']);
/** Capitalised words a number follows as a part, a rank or a date, not as a name ("Chapitre 3", "Louis 14"). */
const NOT_BEFORE = wordSet(`
chapitre | tome | volume | saison | épisode | article | partie | acte | livre | page | niveau | version | type
classe | catégorie | série | groupe | phase | jour | match | round | route | autoroute | numéro | no | n° | vol
windows | formule | mark | mk | ligue | division | league | liga | coupe | section | zone | secteur | lot
`);

/** Tokens to add to the run [runFrom, j) when tokens[j] is the number that ends its name; 0 otherwise. */
export function nameNumberSuffix(tokens: Token[], runFrom: number, j: number): number {
  const n = tokens[j];
  if (!n || n.kind !== 'number' || !/^\d+$/.test(n.text) || n.text.length > MAX_SUFFIX_DIGITS) return 0;
  const value = Number(n.text);
  if (n.text.length === MAX_SUFFIX_DIGITS && value >= FIRST_YEAR && value <= LAST_YEAR) return 0;
  if (j - runFrom > MAX_NAME_WORDS_BEFORE_NUMBER) return 0;
  const last = tokens[j - 1];
  if (!last || !isCapitalised(last) || NOT_BEFORE.has(last.lower)) return 0;
  // a sentence-opening "At 23 pct" or "In 1987" is a function word before a quantity, in either language
  if (FR_STOPWORDS.has(last.lower) || EN_STOPWORDS.has(last.lower)) return 0;
  if (isTallyNumber(tokens, j)) return 0;
  const after = tokens[j + 1];
  if (after) {
    if (NOT_AFTER.has(after.text) || after.kind === 'number') return 0;
    if (QUANTITY_WORDS.has(after.lower)) return 0;
    // "2 aux Pays-Bas 3 en Norvège": a rank before another place is a chart position
    const then = tokens[j + 2];
    if (PLACE_PREPOSITIONS.has(after.lower) && then && isCapitalised(then)) return 0;
  }
  return 1;
}

/** "France 3", "Hanovre 96": a place with a number as its last word names a channel or a club, not the place. */
export function isPlaceWithNumber(
  tokens: Token[],
  from: number,
  to: number,
  isPlace: (lower: string) => boolean,
): boolean {
  if (to - from < 2 || tokens[to - 1].kind !== 'number') return false;
  for (let i = from; i < to - 1; i++) if (!isPlace(tokens[i].lower)) return false;
  return true;
}
