import type { EntityType } from '../types';

/**
 * Legal forms and generic company words that do not tell two companies apart when they end (or, for a
 * few, start) a name: "Téléperformance SE" and "Teleperformance" are one company. Kept deliberately short
 * of words like "Capital" or "Partners", which often are the distinguishing part of a fund's name.
 */
const LEGAL_SUFFIXES = new Set([
  'sa',
  'sas',
  'sasu',
  'sarl',
  'sca',
  'se',
  'snc',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'nv',
  'bv',
  'spa',
  'srl',
  'ab',
  'oy',
  'as',
  'asa',
  'kk',
  'pty',
  'group',
  'groupe',
  'holding',
  'holdings',
  'cie',
  'et cie',
  '& cie',
]);

// not "societe": "Société Générale" must not fold to "generale"
const LEADING_GENERIC = new Set(['groupe', 'group', 'the', 'le', 'la', 'les']);

/**
 * Folded forms already worked out: clustering, entity keys and the graph writer fold the same names again and again
 * (each candidate, each surface, every article naming the same company). Bounded for a long-running server.
 */
export const FOLD_MEMO_MAX_ENTRIES = 20_000;
const foldedTexts = new Map<string, string>();
const foldedNames = new Map<string, string>();

function remembered(memo: Map<string, string>, key: string, value: string): string {
  if (memo.size >= FOLD_MEMO_MAX_ENTRIES) memo.clear();
  memo.set(key, value);
  return value;
}

/** Lower case, accents removed, every run of non-alphanumerics turned into one space. */
export function foldText(text: string): string {
  return foldedTexts.get(text) ?? remembered(foldedTexts, text, readFoldText(text));
}

function readFoldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The folded name with legal forms removed from the end (and generic words from the start). */
export function foldName(name: string): string {
  return foldedNames.get(name) ?? remembered(foldedNames, name, readFoldName(name));
}

/**
 * A French elided article opening a name ("L'Atelier Verdier", "L'Oréal"): a capital article is written as part of
 * a title, yet the same firm is named without it at a sentence's start or after "de" ("l'Atelier Verdier"), as
 * "La Poste" is "Poste". Only with its apostrophe: "L Brands" keeps its letter.
 */
const ELIDED_ARTICLE_OPENING = /^\s*[Ll]['’]\p{L}/u;

function readFoldName(name: string): string {
  const words = foldText(name).split(' ').filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  if (words.length > 1 && words[0] === 'l' && ELIDED_ARTICLE_OPENING.test(name)) words.shift();
  while (words.length > 1 && LEADING_GENERIC.has(words[0])) words.shift();
  // "et cie" / "and co" endings
  if (words.length > 2 && (words[words.length - 2] === 'et' || words[words.length - 2] === 'and')) {
    if (LEGAL_SUFFIXES.has(words[words.length - 1])) words.splice(words.length - 2, 2);
  }
  return words.join(' ');
}

/** A folded word that is a legal form ("inc", "gmbh", "co"): it never tells one company from another. */
export function isLegalSuffix(word: string): boolean {
  return LEGAL_SUFFIXES.has(word);
}

/** The cross-article identity of an entity: equal keys are the same entity in the graph. */
export function entityKey(name: string, type: EntityType): string {
  return (type === 'Person' ? 'person:' : 'org:') + foldName(name);
}

/** The key under which a surface form is looked up, whatever the entity's type. */
export function aliasKey(surface: string): string {
  return foldName(surface);
}
