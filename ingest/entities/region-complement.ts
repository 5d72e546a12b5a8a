import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { PLACES } from './lexicon-common';
import { isWorldGivenName } from './person-given-names';

/** French contracted articles: a region, a range or a river takes one ("des Savoie", "du Jura", "des Alpes"). */
const ARTICLED_OF = new Set(['du', 'des']);

/**
 * French regions, ranges, rivers and départements that take an article ("des Alpes", "du Finistère"); general
 * geography, not names of firms. Towns take none, so they stay out.
 */
const ARTICLED_REGIONS = new Set(
  `alpes pyrénées vosges jura morvan massif nord sud ouest est centre midi languedoc limousin berry
  finistère morbihan calvados var gard doubs rhône cher loiret tarn lot gers aveyron cantal val vexin
  périgord quercy roussillon dauphiné lyonnais beaujolais maine perche poitou hainaut luberon vercors
  léman forez velay vivarais bugey chablais valais tessin`.split(/\s+/u),
);

/**
 * "Crédit Agricole des Savoie", "Prévoyance des Alpes", "Optique du Jura": French names a regional firm, bank or
 * mutual by its region with the contracted article, and the region is part of the name. A town takes no article
 * ("X de Toulouse" says where), so only "du"/"des" before a known place that ends the run joins it. The words
 * before must name something of their own: not a place ("Lyon du …") nor a given name ("Jean du Jura").
 */
export function articledRegionComplement(
  tokens: Token[],
  runFrom: number,
  i: number,
  isNameToken: (t: Token) => boolean,
): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!t || !next || !ARTICLED_OF.has(t.lower) || i <= runFrom) return false;
  if (!isNameToken(next) || !(PLACES.has(next.lower) || ARTICLED_REGIONS.has(next.lower))) return false;
  if (after && (isNameToken(after) || after.text === '-')) return false;
  for (let k = runFrom; k < i; k++) if (!isNameToken(tokens[k])) return false;
  if (PLACES.has(tokens[i - 1].lower) || FIRST_NAMES.has(tokens[runFrom].lower)) return false;
  if (isWorldGivenName(tokens[runFrom].lower.split('-')[0])) return false;
  return true;
}
