import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { knownOrganisation } from './known-organisations';
import { PLACES } from './lexicon-common';
import { isNameToken } from './name-joins';
import { isWorldGivenName } from './person-given-names';
import { isKnownPlace } from './world-lexicon';

/**
 * The elided particle "d'" inside a French name: a second one in a noble surname ("Pierre-Yves d'Estienne d'Orves",
 * "Valéry Giscard d'Estaing") and a brand of a noun and its complement ("Fraîcheur d'Armor", "Jus d'Ici"). The
 * cutter stops at the lower-case particle; a place after it says where ("l'usine Renault d'Aulnay"), so a known
 * place, a known company before it and a site noun before the run all keep the two apart.
 */

/** Nouns of a site, after which "X d'<town>" is a company's plant or shop in a town. */
const SITE_NOUNS = new Set([
  'usine',
  'usines',
  'site',
  'sites',
  'magasin',
  'agence',
  'siège',
  'entrepôt',
  'plateforme',
  'filiale',
  'centre',
  'hôpital',
  'clinique',
  'lycée',
  'collège',
  'université',
  'aéroport',
  'port',
  'gare',
]);
/** Heads of geographic names written with "d'" ("Côte d'Ivoire", "Val d'Oise", "Île d'Yeu"). */
const GEOGRAPHIC_HEADS = new Set([
  'côte',
  'val',
  'mont',
  'île',
  'ile',
  'pays',
  'golfe',
  'baie',
  'lac',
  'cap',
  'vallée',
]);
/** Longest run that a brand's "d'" complement may follow ("Fraîcheur d'Armor" has one word, "Les Jus d'Ici" two). */
const MAX_BRAND_WORDS = 2;

function isGiven(lower: string): boolean {
  const first = lower.split('-')[0];
  return FIRST_NAMES.has(first) || isWorldGivenName(first);
}

function isPlaceWord(lower: string): boolean {
  return PLACES.has(lower) || isKnownPlace(lower);
}

/** Tokens taken at `i` ("d'" and the capitalised word after it), 0 when the particle starts another phrase. */
export function elidedParticleJoin(tokens: Token[], runFrom: number, i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || t.lower !== "d'" || !next || !isNameToken(next) || i <= runFrom) return 0;
  if (isPlaceWord(next.lower) || knownOrganisation(next.text) !== null) return 0;
  const words = tokens.slice(runFrom, i);
  // a person: a given name, a surname (with its own particle, maybe), then the second particle
  if (isGiven(words[0].lower) && words.length >= 2) {
    const surnames = words.slice(1).filter((w) => isNameToken(w));
    return surnames.length >= 1 && surnames.length <= 2 ? 1 : 0;
  }
  if (words.length > MAX_BRAND_WORDS || !words.every((w) => isNameToken(w))) return 0;
  // "le PTI d'Imran Khan", "l'OSCE d'Astana": an acronym's complement is its leader or its town, a brand's is not
  if (words.some((w) => w.text.length > 1 && w.text === w.text.toUpperCase()) || isGiven(next.lower))
    return 0;
  const before = tokens[runFrom - 1];
  if (before && SITE_NOUNS.has(before.lower)) return 0;
  // "Diplômée d'AgroParisTech,": a sentence's first word may be any capitalised participle; a camel-case word is a
  // name of its own; "Côte d'Ivoire" is a place as a whole
  if (runFrom === 0 || (before && before.kind === 'punct' && before.text !== ',')) return 0;
  if (/\p{Ll}\p{Lu}/u.test(next.text)) return 0;
  if (GEOGRAPHIC_HEADS.has(words[0].lower)) return 0;
  // "l'usine de Rennes d'Ambrosia Chimie": a place before the particle is a site, its complement the owner
  if (isPlaceWord(words.map((w) => w.lower).join(' '))) return 0;
  if (isPlaceWord(`${words.map((w) => w.lower).join(' ')} d'${next.lower}`)) return 0;
  // "Renault d'Aulnay": a known company's name goes on only in its own spelling (the gazetteer's)
  if (knownOrganisation(words.map((w) => w.text).join(' ')) !== null) return 0;
  return 1;
}
