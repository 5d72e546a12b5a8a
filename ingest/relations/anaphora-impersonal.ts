import type { Token } from '../tokens';
import { IMPERSONAL_FOLLOWERS_FR } from './anaphor-words';

/**
 * "Il reste", "il est" are mostly impersonal ("il reste à convaincre", "il est prévu"), but "il reste loin derrière
 * X", "il reste le numéro deux" tell where a company stands: a company's pronoun, which rivalry readers need.
 */

/** Words after "il reste" that make it a company's standing, not "there remains". */
const STANDING_AFTER_RESTE = new Set([
  'loin',
  'derrière',
  'devant',
  'leader',
  'numéro',
  'largement',
  'solidement',
]);

/** The French "il" at `i` is impersonal ("il y a", "il faut", "il reste à …"), not a company. */
export function isImpersonalIl(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (tokens[i].lower !== 'il' || !next || !IMPERSONAL_FOLLOWERS_FR.has(next.lower)) return false;
  return !(next.lower === 'reste' && STANDING_AFTER_RESTE.has(tokens[i + 2]?.lower ?? ''));
}
