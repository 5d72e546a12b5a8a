import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { PLACES } from './lexicon-common';
import { FIRST_NAMES } from './first-names';
import { isKnownPlace } from './world-lexicon';
import { hasInstitutionNoun } from './institution-span';
import { INSTITUTION_NOUNS } from './lexicon-institutions';

const AND = new Set(['et', 'and']);
const DE = new Set(['de', 'du', 'des', "d'"]);
const DE_ARTICLES = new Set(['la', "l'"]);
/** French writes a ministry's head noun in lower case before its capitalised portfolios. */
const LOWER_CASE_MINISTRY = new Set(['ministère', 'secrétariat']);

/** A one-word portfolio a ministry's name may carry: capitalised, no acronym, no place, no given name. */
function isPortfolioNoun(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || !isCapitalised(t)) return false;
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return false;
  return !PLACES.has(t.lower) && !isKnownPlace(t.lower) && !FIRST_NAMES.has(t.lower);
}

/**
 * Tokens from `after` that coordinate a second capitalised portfolio with the one just taken at `noun`:
 * "ministère de l'Économie et des Finances", "ministère du Travail et de l'Emploi". French capitalises each
 * portfolio of a ministry, so "et de <Portfolio>" continues the name when both nouns are portfolio-shaped and the
 * second closes the run; an acronym ("et de l'ARS") or a place ("de Lyon et de Grenoble") is another name.
 * 0 when the shape is not there.
 */
export function coordinatedPortfolioTail(tokens: Token[], noun: number, after: number): number {
  if (!isPortfolioNoun(tokens[noun]) || !AND.has(tokens[after]?.lower ?? '')) return 0;
  let k = after + 1;
  if (!DE.has(tokens[k]?.lower ?? '')) return 0;
  k++;
  if (tokens[k - 1].lower === 'de' && DE_ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  if (!isPortfolioNoun(tokens[k])) return 0;
  // "la Coopérative des Landes et de l'Union agricole girondine": a second head noun opens a second body (two
  // cooperatives merging), where a ministry's second portfolio is a field ("et de l'Emploi")
  if (INSTITUTION_NOUNS.has(tokens[k].lower)) return 0;
  const next = tokens[k + 1];
  if (next && next.kind === 'word' && isCapitalised(next)) return 0;
  return k + 1 - after;
}

/**
 * Tokens to take at the "et" at `j` of a run that names an institution and ends in a capitalised complement
 * ("Ministère du Travail" + "et de l'Emploi"): the run's cutter stops at the lower-case conjunction.
 */
export function frenchPortfolioAndJoin(tokens: Token[], runFrom: number, j: number): number {
  if (tokens[j]?.lower !== 'et' || j <= runFrom) return 0;
  let de = j - 2;
  if (DE_ARTICLES.has(tokens[de]?.lower ?? '')) de--;
  if (de < 1 || !DE.has(tokens[de].lower)) return 0;
  // the head may stand before the run: "le ministère de l'" is prefixed to "Économie" once the run is cut
  const head = tokens[de - 1];
  if (!hasInstitutionNoun(tokens, de - 1, de) && !LOWER_CASE_MINISTRY.has(head.text)) return 0;
  return coordinatedPortfolioTail(tokens, j - 1, j);
}
