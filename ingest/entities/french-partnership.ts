import type { Token } from '../tokens';

/**
 * French firms close a founder's name with "et" and a partnership word ("Hôtels Bertrand et Cie", "Roux et
 * Associés", "Martin et Fils", "Durand et Frères"): the word after "et" names no second party, so the "et" is
 * inside the name. Any other capitalised word after "et" stays a second name ("Airbus et Safran").
 */
const FRENCH_PARTNERSHIP_TAILS = new Set([
  'cie',
  'cie.',
  'associés',
  'associées',
  'fils',
  'frères',
  'compagnie',
]);

/** True when tokens[i] is "et" followed by a partnership word that ends the run ("… et Cie", not "… et Fils de X"). */
export function isFrenchPartnershipEt(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i]?.lower !== 'et' || !next || !FRENCH_PARTNERSHIP_TAILS.has(next.lower)) return false;
  if (!/^\p{Lu}/u.test(next.text)) return false;
  // "et Fils de Bérard" opens another family firm's name rather than closing this one
  const after = tokens[i + 2];
  return !after || !/^(de|du|des|d')$/.test(after.lower);
}
