import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { PLACES, wordSet as set } from './lexicon-common';

/**
 * Where a firm comes from is no firm: "le groupe de Cork", "l'enseigne de Quimper", "l'industriel d'Albertville"
 * name a town after a trade noun, and "dans l'Ouest", "in the Mediterranean" a region after an article. Both
 * shapes are read without a gazetteer, since small towns and regions are rarely listed.
 */

/**
 * Trade nouns that French follows with "de <town>" to say where a firm sits. Nouns of a relation ("la filiale de
 * X", "le client de X", "la marque de X", "le fondateur de X") are left out: their "de" names another party.
 */
const ORIGIN_TRADE_NOUNS = set(`
groupe | société | entreprise | industriel | enseigne | fabricant | constructeur | équipementier | cimentier
chimiste | sidérurgiste | papetier | brasseur | transporteur | armateur | négociant | pme | eti | start-up | startup
`);

/** Determiners before the trade noun ("le groupe", "l'industriel", "cette entreprise"). */
const DETERMINERS = new Set(['le', 'la', "l'", 'les', 'ce', 'cette', 'cet', 'un', 'une', 'du', 'au']);

const DE = new Set(['de', 'du', "d'"]);

/**
 * Regions, seas and compass points that name a part of the world when alone after an article ("dans l'Ouest",
 * "in the Mediterranean", "across the Gulf"); inside a longer name they stay ("Ouest-France" is one token).
 */
const REGION_WORDS = set(`
ouest | est | nord | sud | midi | north | south | east | west | mediterranean | méditerranée | atlantic
atlantique | pacific | pacifique | baltic | baltique | caribbean | caraïbes | arctic | arctique | antarctic
antarctique | balkans | maghreb | sahel | levant | midwest | gulf | golfe | channel | manche
`);

const ARTICLES = new Set(['le', 'la', "l'", 'les', 'the', 'du', 'au', 'aux', 'des']);

/** The one-word candidate [from, to) is the town after "<det> <trade noun> de" ("le groupe de Cork"). */
export function isTownAfterTradeNoun(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const of = tokens[from - 1];
  const noun = tokens[from - 2];
  const det = tokens[from - 3];
  if (!of || !noun || !det || !DE.has(of.lower)) return false;
  if (!ORIGIN_TRADE_NOUNS.has(noun.lower) || noun.text !== noun.lower || !DETERMINERS.has(det.lower))
    return false;
  // "le groupe de Cork Holdings": a capitalised word after it makes a longer name, read elsewhere
  const next = tokens[to];
  return !(next && isCapitalised(next));
}

/** The one-word candidate [from, to) is a region or sea after an article ("dans l'Ouest", "the Baltic"). */
export function isLoneRegionWord(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !REGION_WORDS.has(tokens[from].lower)) return false;
  const prev = tokens[from - 1];
  const next = tokens[to];
  if (!prev || !ARTICLES.has(prev.lower)) return false;
  return !(next && (isCapitalised(next) || next.lower === "'s"));
}

/** "l'axe Espagne-France", "the US-China route": a hyphenated pair of places names a route, not a party. */
export function isPlacePair(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const parts = tokens[from].lower.split('-');
  return parts.length >= 2 && parts.every((p) => PLACES.has(p));
}
