import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { isWorldGivenName } from './person-given-names';

/**
 * "Lars-Erik", "Jean-Marc", "Anna-Lena": two given names joined by a hyphen are one person's given name. After
 * "the founders" or "la paire" a hyphen otherwise joins two surnames (two people, "les fondateurs Dupont-Martin");
 * a compound given name opening a longer name ("founders Lars-Erik Sjöberg and …") is one person.
 */
export function isCompoundGivenName(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const parts = t.lower.split('-');
  if (parts.length !== 2) return false;
  return parts.every((p) => FIRST_NAMES.has(p) || isWorldGivenName(p));
}
