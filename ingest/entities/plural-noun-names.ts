import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { PLACES } from './lexicon-common';
import { FIRST_NAMES } from './first-names';
import { isKnownCountry } from './world-lexicon';
import { knownOrganisation } from './known-organisations';

/**
 * "Terres d'Aubrac", "Germes d'Or", "Terres de Loire", "Saveurs de Bretagne", "Vignobles du Médoc": French
 * cooperatives and brands name themselves with a capitalised plural common noun and a complement (a place, a
 * material). No person's name or title has that shape (a given name is singular, and "Président de X" is not
 * plural), so the complement belongs to the name even with no cue noun before it.
 */
const MIN_HEAD_LETTERS = 5;
const FRENCH_OF = new Set(['de', 'du', 'des', "d'"]);
/** Plural heads that open places or calendars, not firms ("Pays de la Loire", "Côtes d'Armor", "Hauts de Seine"). */
const PLACE_HEADS = new Set([
  'pays',
  'côtes',
  'hauts',
  'bouches',
  'alpes',
  'îles',
  'iles',
  'états',
  'etats',
  'jeux',
]);

/** Tokens to take at the particle `i` after a one-word plural head at `runFrom` (0 when the shape is not met). */
export function pluralNounNameJoin(tokens: Token[], runFrom: number, i: number): number {
  if (i - runFrom !== 1 || !FRENCH_OF.has(tokens[i].lower)) return 0;
  const head = tokens[runFrom];
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || !isCapitalised(next) || FIRST_NAMES.has(next.lower)) return 0;
  const h = head.lower;
  if (!isCapitalised(head) || h.length < MIN_HEAD_LETTERS || !/[a-zàâçéèêëîïôûù][sx]$/u.test(h)) return 0;
  if (PLACES.has(h) || PLACE_HEADS.has(h)) return 0;
  // "les Ventes de Renault": a known firm after the particle is the name, the noun its topic; "Jardins de France",
  // "Saveurs de France" name magazines and labels as often as firms, so a country complement is left apart
  if (knownOrganisation(next.text) !== null || isKnownCountry(next.lower)) return 0;
  return 1;
}
