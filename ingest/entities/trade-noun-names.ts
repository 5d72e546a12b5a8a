import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { isEstablishmentNoun, isNameToken } from './name-joins';
import { isWorldGivenName } from './person-given-names';
import { regionLength } from './region-body';

/**
 * French firms are often named by their trade and their country: "Caisserie d'Aquitaine", "Traiteur de Provence",
 * "Fruitière des Rousses", "Biscuiterie de l'Odet", "Cartonneries de l'Est". A capitalised trade noun standing alone
 * is no name, so its "de" complement is the name's own even when it is a region or a town (unlike "l'usine
 * Renault de Flins", where a company is followed by the place of its site). The cutter otherwise stops at the
 * lower-case particle and keeps the bare trade noun ("Caisserie") as a company.
 */

/**
 * Capitalised nouns of a trade, a farm or a workshop that head a French firm's name; the "-erie(s)" nouns
 * ("Biscuiterie", "Papeteries") are read by `isEstablishmentNoun`. "Moulin" is left out: "l'ancien Moulin de la
 * Sorgue" is as often a building as a miller.
 */
const TRADE_HEAD_NOUNS = new Set([
  'traiteur',
  'traiteurs',
  'fournil',
  'fruitière',
  'domaine',
  'domaines',
  'camping',
  'ferme',
  'fermes',
  'pressoir',
  'linière',
  'filature',
  'filatures',
  'tissages',
  'salaisons',
  'vergers',
  'sources',
  'caves',
  'cellier',
  'celliers',
  'chais',
  'labo',
  'laboratoires',
  'ateliers',
  'forges',
  'chantiers',
  'salines',
  'comptoir',
  'manufacture',
]);

/**
 * Acronyms of France's territorial network bodies, each named by its territory: "CCI de l'Aveyron", "CMA du
 * Finistère", "CHU de Rennes", "ARS de Bretagne". Like a trade noun, the acronym alone names no one body, so the
 * place after "de" belongs to the name.
 */
const TERRITORIAL_BODY_ACRONYMS = new Set([
  'CCI',
  'CMA',
  'CHU',
  'CHR',
  'ARS',
  'CRCI',
  'CESER',
  'DREAL',
  'URSSAF',
]);

/** French particles that open a name's complement, with the article each may take ("de la", "de l'"). */
const COMPLEMENT_PARTICLES = new Set(['de', 'du', 'des', "d'"]);
const COMPLEMENT_ARTICLES = new Set(['la', "l'"]);

/** A capitalised trade noun or "-erie(s)" workshop noun that can head a firm's name. */
function isTradeHeadNoun(token: Token): boolean {
  if (!/^\p{Lu}/u.test(token.text)) return false;
  return TRADE_HEAD_NOUNS.has(token.lower) || isEstablishmentNoun(token.text.replace(/s$/, ''));
}

/** A head that names no one firm or body alone and takes its place complement: "Caisserie d'…", "CCI de …". */
function headsPlaceComplement(token: Token): boolean {
  return isTradeHeadNoun(token) || TERRITORIAL_BODY_ACRONYMS.has(token.text);
}

/**
 * Tokens [from, to) name a firm by its trade ("Caisserie d'Aquitaine", "Chocolaterie des Trois Rivières") or a
 * territorial body by its acronym and its place ("CCI de l'Aveyron", "CCI Pays de la Loire"). Without the particle
 * only an "-erie" noun or a plural trade noun vouches for a firm ("Biscuiterie Lebrun", "Laboratoires Gilbert"); a
 * singular one may be a place ("au Domaine Morvel", an estate), and
 * "CCI Jura", the alias of a chamber named in full, is left to the other readers.
 */
export function isTradeOrBodyName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const head = tokens[from];
  // "Biscuiterie Lebrun", "Laboratoires Gilbert", "Ateliers Malet": a workshop noun or a plural trade noun
  if (isEstablishmentNoun(head.text) || (isTradeHeadNoun(head) && /s$/u.test(head.lower))) return true;
  if (COMPLEMENT_PARTICLES.has(tokens[from + 1].text)) return headsPlaceComplement(tokens[from]);
  // "CCI Pays de la Loire": a region's name may follow the acronym without a particle
  return TERRITORIAL_BODY_ACRONYMS.has(tokens[from].text) && regionLength(tokens, from + 1) === to - from - 1;
}

/**
 * Tokens of the particle (and its article) to take at `i` when the run is one trade noun (or a territorial body's
 * acronym) and a capitalised word follows: 1 for "d'"/"de"/"du"/"des", 2 for "de la"/"de l'"; 0 otherwise. A given
 * name after the particle is a person's farm or shop told by its owner ("la Ferme de Marie Dupont"), no firm's name.
 */
export function tradeNounComplementJoin(tokens: Token[], runFrom: number, i: number): number {
  if (i !== runFrom + 1 || !headsPlaceComplement(tokens[runFrom])) return 0;
  const particle = tokens[i];
  if (!COMPLEMENT_PARTICLES.has(particle.lower) || particle.text !== particle.lower) return 0;
  const articled = particle.lower === 'de' && COMPLEMENT_ARTICLES.has(tokens[i + 1]?.lower ?? '');
  const taken = articled ? 2 : 1;
  const word = tokens[i + taken];
  if (!word || !isNameToken(word)) return 0;
  const given = word.lower.split('-')[0];
  if (FIRST_NAMES.has(given) || isWorldGivenName(given)) return 0;
  return taken;
}
