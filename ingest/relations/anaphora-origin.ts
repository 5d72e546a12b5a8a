import type { Token } from '../tokens';
import type { EntityIndex, Mention } from '../resolve/mentions';
import { NATIONALITIES } from '../entities/lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from '../entities/lexicon-words';
import { ANAPHOR_DETERMINERS, ANAPHOR_NOUNS, TRADE_NOUNS } from './anaphor-words';
import { isDescriptorNoun } from './described-heads';
import { namedSoon } from './pointing-phrases';
import { cityOriginWords } from './anaphora-city-origins';
import { countryOriginWords } from './anaphora-country-origins';
import { placeOriginWords } from './anaphora-place-origins';
import { recordPlaceModifier } from './anaphora-place-modifier';

/**
 * A company told of by where it is from: "le fabricant lyonnais X" first, then "le groupe lyonnais", "le
 * lyonnais", "the Oslo-based company". The article says the origin once next to the name; later the origin alone
 * picks that company out among the others, even when another one was the last subject (an adviser, a customer).
 * An origin said of two different companies picks out neither.
 */

/** Origins of the companies named so far, by folded origin word; null once two companies shared it. */
export type OriginMap = Map<string, number | null>;

/** Most words between a name and the origin word in its descriptor ("le fabricant lyonnais de vannes X"). */
const MAX_DESCRIPTOR_WORDS = 6;
/** French demonyms: lyonnais, iséroise, vendéen, savoyard, nantais, toulousain, breton. */
const FR_DEMONYM = /(ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|ard|arde|in|ine)$/;
/** Words that open an apposition after a name ("X, the Oslo-based utility,", "X, une PME lilloise,"). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'le', 'la', "l'", 'un', 'une']);
/** Dashes closing a dateline before the lead's first name ("LONDON — X, the …"). */
const DATELINE_DASHES = new Set(['-', '—', '–']);
/** Nouns that end like a demonym ("acquisition", "soutien", "milliard") are never one. */
const NOT_DEMONYM = /(tion|sion|ment|ien|ienne)$/;
/** Demonyms in -ien (parisien, italien): kept apart from the nouns in -ien ("soutien", "lien"). */
const DEMONYM_IEN = /(sien|sienne|lien|lienne|nien|nienne|dien|dienne|vien|vienne)$/;
/** Complement links a French descriptor may hold ("le spécialiste lyonnais des robinets X"); English stops. */
const FR_LINKS = new Set(['de', "d'", 'des', 'du', 'en']);
/** Links that fold in a determiner ("du" = "de le", "au" = "à le"). */
const FR_CONTRACTED_LINKS = new Set(['du', 'au']);
/** Trade nouns too common as plain words to open a bare-origin shape; they still count inside descriptors. */
const NOT_ORIGINS = new Set(['main', 'fin', 'moins', 'besoin', 'loin', 'bon', 'non', 'son', 'mon', 'ton']);

/** The masculine singular form, so "lyonnaise" and "lyonnais", "vendéenne" and "vendéen" meet. */
export function foldOrigin(word: string): string {
  const w = word.toLowerCase();
  if (/-based$/.test(w)) return w;
  if (/(enne|onne)$/.test(w)) return w.slice(0, -2);
  if (/(aise|oise|aine|ine|arde|ande|ale)$/.test(w)) return w.slice(0, -1);
  if (/(ée)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** A word telling where a company is from: a nationality, "Oslo-based", a French demonym. */
export function isOriginWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || NOT_ORIGINS.has(t.lower)) return false;
  if (/^\p{L}[\p{L}.' -]*-based$/iu.test(t.text)) return true;
  if (NATIONALITIES.has(t.lower)) return true;
  if (t.text !== t.lower || FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower)) return false;
  if (NOT_DEMONYM.test(t.lower) && !(DEMONYM_IEN.test(t.lower) && t.lower.length > 6)) return false;
  return FR_DEMONYM.test(t.lower) && t.lower.length > 4;
}

/** Determiners right before a French origin used as a noun ("l'allemand X", "le suisse X"). */
const NOUN_DETERMINERS = new Set(['le', 'la', "l'", 'un', 'une', 'du', 'au', 'the', 'a', 'an']);

/** Remembers that `ent` was told by origin `word`; a word told of two companies stands for neither. */
export function recordOrigin(origins: OriginMap, word: string, ent: number): void {
  const key = foldOrigin(word);
  const known = origins.get(key);
  if (known === undefined) origins.set(key, ent);
  else if (known !== ent) origins.set(key, null);
}

/** Origin words of the descriptor just before a name: "le fabricant lyonnais de vannes X", "Norwegian group X". */
function originsBefore(tokens: Token[], from: number, named: (k: number) => boolean): Token[] {
  const found: Token[] = [];
  for (let k = from - 1; k >= 0 && k >= from - MAX_DESCRIPTOR_WORDS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || named(k)) break;
    // "le spécialiste nantais de l'emballage X": a determiner after a link belongs to the complement
    const inComplement = FR_LINKS.has(tokens[k - 1]?.lower ?? '');
    if (ANAPHOR_DETERMINERS.has(t.lower) && inComplement) continue;
    // "du"/"au" are a link and its determiner in one ("le spécialiste marseillais du traitement de l'eau X"): the
    // complement goes on, the descriptor's own determiner is further back; right before the name it is the name's
    // own link ("domaine viticole du Médoc": Médoc is a place the noun belongs to, no company described)
    if (FR_CONTRACTED_LINKS.has(t.lower) && k < from - 1) continue;
    if (ANAPHOR_DETERMINERS.has(t.lower) || t.lower === 'a' || t.lower === 'an') break;
    // "l'acquisition d'X": a word after a determiner and before a link is a noun with its complement
    // and "l'usine lyonnaise X", "la semaine …": after a determiner only a word right before the name ("l'allemand
    // X") or a nationality is an origin used as a noun
    const afterDeterminer = NOUN_DETERMINERS.has(tokens[k - 1]?.lower ?? '');
    const noun =
      (afterDeterminer && FR_LINKS.has(tokens[k + 1]?.lower ?? '')) ||
      (afterDeterminer && k + 1 !== from && !NATIONALITIES.has(t.lower) && !/-based$/i.test(t.text));
    if (isOriginWord(t) && !noun && !opensPointerPhrase(tokens, k, from)) found.push(t);
    else if (!FR_LINKS.has(t.lower) && (FR_STOPWORDS.has(t.lower) || EN_STOPWORDS.has(t.lower))) break;
  }
  return found;
}

/**
 * The origin at `k` belongs to a pointer with its company noun, itself the subject of a verb before the name at `from`
 * ("l'entreprise nantaise affronte X", "the Oslo-based group bought X"): no descriptor of X. A descriptor's origin
 * meets the name directly, through a complement ("le spécialiste nantais du recyclage X") or through nouns.
 */
function opensPointerPhrase(tokens: Token[], k: number, from: number): boolean {
  const nounAfter = isCompanyNoun(tokens[k + 1]);
  const end = nounAfter ? k + 2 : k + 1;
  if (end >= from || FR_LINKS.has(tokens[end].lower) || tokens[end].lower === 'of') return false;
  return nounAfter || isCompanyNoun(tokens[k - 1]);
}

/** Origin words of an apposition after a name: "X, the San Francisco-based maker of …, …" (up to "of"/"de"). */
function originsAfter(tokens: Token[], from: number, to: number, named: (k: number) => boolean): Token[] {
  if (tokens[to]?.text !== ',' || !APPOSITION_OPENERS.has(tokens[to + 1]?.lower ?? '')) return [];
  // only a name opening the sentence (or its dateline) is surely apposed: after "Conseillé par X," the words
  // after the comma are the main clause's subject ("le groupe nantais affronte …")
  if (from > 0 && !DATELINE_DASHES.has(tokens[from - 1].text)) return [];
  const found: Token[] = [];
  for (let k = to + 1; k < tokens.length && k <= to + MAX_DESCRIPTOR_WORDS; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || named(k) || t.lower === 'of' || FR_LINKS.has(t.lower)) break;
    if (isOriginWord(t)) found.push(t);
  }
  return found;
}

/**
 * Records the origins this sentence attaches to its companies; returns the start offsets of the origin words so
 * used, which are part of a name's descriptor here and no pointer ("Le spécialiste nantais de l'emballage X").
 */
export function recordOrigins(
  tokens: Token[],
  mentions: Mention[],
  index: EntityIndex,
  origins: OriginMap,
): Set<number> {
  const named = (k: number) => mentions.some((x) => x.from <= k && k < x.to);
  const used = new Set<number>();
  for (const m of mentions) {
    if (index.entities[m.entity].type !== 'Organization') continue;
    // "Greece's Argonaut Freight": the country's possessive tells where the company is from
    for (const word of possessiveCountryOrigins(tokens, m.from)) {
      recordOrigin(origins, word, m.entity);
      recordOrigin(origins, COUNTRY_TOLD + word, m.entity);
    }
    // "Hélior, basé à Montpellier,": no word of the sentence is a descriptor, only the origin is remembered
    for (const word of placeOriginWords(tokens, m.to)) recordOrigin(origins, word, m.entity);
    // "Pacific Northwest valve maker X": a place of several words, for "The Pacific Northwest company" later
    recordPlaceModifier(tokens, mentions, origins, m.from, m.entity);
    for (const t of [...originsBefore(tokens, m.from, named), ...originsAfter(tokens, m.from, m.to, named)]) {
      recordOrigin(origins, t.text, m.entity);
      // "Stockholm-based X" … "The Swedish network": a seat in a city tells its country too
      const city = BASED_IN.exec(t.text)?.[1];
      if (city !== undefined) for (const word of cityOriginWords(city)) recordOrigin(origins, word, m.entity);
      used.add(t.start);
    }
  }
  return used;
}

/** Origin words of a country's possessive right before a name ("Greece's X", "Spain's X"); else none. */
function possessiveCountryOrigins(tokens: Token[], from: number): readonly string[] {
  const mark = tokens[from - 1];
  const country = tokens[from - 2];
  if (mark?.lower !== "'s" || !country || country.text === country.lower) return [];
  return countryOriginWords(country.lower);
}

/** A noun a company may be told of by: "groupe", "company", "fabricant", "utility". */
function isCompanyNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  return ANAPHOR_NOUNS.has(t.lower) || TRADE_NOUNS.has(t.lower) || isDescriptorNoun(t.lower);
}

/**
 * Nouns that also name a place or a thing ("the network", "la chaîne", "le studio"), so no company alone, but that
 * the article's company is told by once an origin it was given qualifies them: "The Swedish network", "le réseau
 * lyonnais", "the Dublin-based chain".
 */
const QUALIFIED_COMPANY_NOUNS = new Set(
  `network réseau chain chaîne studio platform plateforme brand marque enseigne agency agence`.split(' '),
);

/** A company noun, or one of the nouns an origin makes a company's. */
function isQualifiedCompanyNoun(t: Token | undefined): boolean {
  return isCompanyNoun(t) || (!!t && t.text === t.lower && QUALIFIED_COMPANY_NOUNS.has(t.lower));
}

/** The words at `i` without which `originPointerAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const ORIGIN_POINTER_START_WORDS: ReadonlySet<string> = ANAPHOR_DETERMINERS;

export interface OriginPointer {
  ent: number;
  length: number;
}

/**
 * "le groupe lyonnais", "la société iséroise", "l'isérois", "the Oslo-based company", "the Norwegian group" at
 * `i`, when the article attached that origin to one company; no name may follow ("le groupe lyonnais X" is a cue).
 */
export function originPointerAt(
  tokens: Token[],
  mentions: Mention[],
  origins: OriginMap,
  descriptors: ReadonlySet<number>,
  i: number,
): OriginPointer | null {
  const det = tokens[i];
  if (!ANAPHOR_DETERMINERS.has(det.lower) || origins.size === 0) return null;
  const named = (k: number) => mentions.some((x) => x.from === k);
  // "the Oslo-based company" keeps to its own word: a parent told "Norwegian" is no Oslo-based subsidiary
  const known = (t: Token | undefined): number | null | undefined => {
    if (!t || !isOriginWord(t)) return undefined;
    const told = origins.get(foldOrigin(t.text));
    // "the Athens-based company" after "Greece's X": the city's country, when no company was told Athens-based
    const city = told === undefined ? BASED_IN.exec(t.text)?.[1] : undefined;
    return city === undefined ? told : knownByCity(origins, city.toLowerCase(), COUNTRY_TOLD);
  };
  const english = det.lower === 'the';
  let ent: number | null | undefined;
  let end = 0;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  const c = tokens[i + 3];
  if (!english && isQualifiedCompanyNoun(a) && !named(i + 1) && !named(i + 2) && (ent = known(b)) != null)
    end = i + 3;
  // "le groupe de Stockholm": the city stands for the origin an earlier sentence gave the company ("suédois")
  else if (!english && isCompanyNoun(a) && /^(de|d')$/.test(b?.lower ?? '') && isCityAt(c) && !named(i + 3)) {
    ent = knownByCity(origins, c.lower);
    end = i + 4;
  } else if (!named(i + 1) && (ent = known(a)) != null && isQualifiedCompanyNoun(b) && !named(i + 2))
    end = i + 3;
  else if (!english && !named(i + 1) && (ent = known(a)) != null && !isCompanyNoun(b)) end = i + 2;
  if (end === 0 || ent === null || ent === undefined) return null;
  if (tokens.slice(i + 1, end).some((t) => descriptors.has(t.start))) return null;
  if (named(end) || namedSoon(tokens, mentions, end, english)) return null;
  return { ent, length: end - i };
}

/**
 * Key prefix of origins told by a country's possessive ("Greece's X"): only those answer "the Athens-based company",
 * since a company told "Norwegian" may be the parent of the Oslo-based one the text points at.
 */
const COUNTRY_TOLD = 'country:';
/** "Athens-based": the city a company is based in. */
const BASED_IN = /^(\p{L}[\p{L}.' ]*)-based$/iu;

/** A capitalised word naming a city of the table. */
function isCityAt(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && t.text !== t.lower && cityOriginWords(t.lower).length > 0;
}

/**
 * The company whose told origin a city implies, trying the city's own demonym before its country's nationality:
 * undefined when none was told, null when the first origin found was told of two companies.
 */
function knownByCity(origins: OriginMap, city: string, prefix = ''): number | null | undefined {
  for (const word of cityOriginWords(city)) {
    const told = origins.get(prefix + foldOrigin(word));
    if (told !== undefined) return told;
  }
  return undefined;
}
