import type { Token } from '../tokens';

/**
 * French bodies name their field after "en": "Agence de l'innovation en santé", "Institut de recherche en chimie",
 * "Centre d'études en sciences sociales". Only after a "de" complement (the caller's check), and never an
 * adverbial phrase of the sentence that happens to follow the name ("l'Agence de l'eau en charge du dossier").
 */

/** The particle that opens a field. */
export const FIELD_PARTICLE = 'en';

/** Nouns after "en" that make an adverbial phrase or a date, not a field of the name. */
const NOT_FIELD_NOUNS = new Set(
  `hausse baisse cours vue charge place outre particulier effet revanche tête faveur difficulté difficultés
  redressement liquidation matière raison train attendant partie cause mesure lien contact concurrence
  novembre décembre janvier février mars avril mai juin juillet août septembre octobre`.split(/\s+/),
);

/** Shortest field noun ("art", "eau" pass; "ce", "un" do not). */
const MIN_FIELD_LETTERS = 3;

/** True when `t` (a lower-case word right after "en") can be a body's field. */
export function isFieldNoun(t: Token): boolean {
  return (
    /^\p{L}[\p{L}-]*$/u.test(t.text) && t.text.length >= MIN_FIELD_LETTERS && !NOT_FIELD_NOUNS.has(t.lower)
  );
}
