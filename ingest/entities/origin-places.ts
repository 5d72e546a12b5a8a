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
entreprises | sociétés | coopérative | coopératives | groupes | industriels | pmes
`);

/** Lower-case words after the trade noun that are no qualifier but name a relation ("la société mère de X"). */
const RELATION_WORDS = set(`
mère | mères | sœur | soeur | sœurs | soeurs | fille | filles | cliente | clientes | partenaire | partenaires
`);
/** Most lower-case qualifiers between the trade noun and "de" ("l'entreprise familiale de", "coopérative céréalière"). */
const MAX_QUALIFIERS = 2;
/** Number words that count firms before a plural trade noun ("deux entreprises familiales du Finistère"). */
const COUNT_WORDS = set(`deux | trois | quatre | cinq | plusieurs | nombreuses | nombreux | two | three`);

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
  // "de la Marne", "de l'Aube": a département or region takes its article after "de"
  // ("au groupe de l'ADLE": an acronym after the article is a body, not a place)
  const articled =
    (tokens[from - 1]?.lower === 'la' || tokens[from - 1]?.lower === "l'") &&
    /^\p{Lu}\p{Ll}/u.test(tokens[from].text);
  if (!articled && (tokens[from - 1]?.lower === 'la' || tokens[from - 1]?.lower === "l'")) return false;
  const ofAt = articled ? from - 2 : from - 1;
  const of = tokens[ofAt];
  if (!of || !DE.has(of.lower) || (articled && of.lower !== 'de')) return false;
  // "l'entreprise familiale de Quimperlé", "coopérative céréalière de la Marne": qualifiers stand between
  let n = ofAt - 1;
  while (n > ofAt - 1 - MAX_QUALIFIERS && isQualifier(tokens[n])) n--;
  const noun = tokens[n];
  const det = tokens[n - 1];
  if (!noun || !ORIGIN_TRADE_NOUNS.has(noun.lower) || noun.text !== noun.lower) return false;
  // an apposition opens with the noun itself ("Terralis, coopérative céréalière de la Marne")
  const opens = !!det && (DETERMINERS.has(det.lower) || COUNT_WORDS.has(det.lower) || det.text === ',');
  if (!opens || (n === ofAt - 1 && !DETERMINERS.has(det.lower))) return false;
  // "le groupe de Cork Holdings": a capitalised word after it makes a longer name, read elsewhere
  const next = tokens[to];
  return !(next && isCapitalised(next));
}

/** A lower-case adjective after a trade noun, not a noun of relation nor a function word. */
function isQualifier(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== t.lower || RELATION_WORDS.has(t.lower)) return false;
  return /^\p{Ll}{3,}$/u.test(t.text) && !ORIGIN_TRADE_NOUNS.has(t.lower) && !DE.has(t.lower);
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
