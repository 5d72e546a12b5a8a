/**
 * Prepositions that open a place or domain complement at the end of a name ("Lunetteries du Jura", "University of
 * Chicago", "Banque de France"). Folded keys split "d'" and "l'" into their own letter.
 */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'of', 'la', 'l']);

/**
 * The last word of such a name is the place or field it is named after; it may still be the firm's short form
 * ("Valcenis" for "Société des remontées mécaniques de Valcenis"), so the caller weighs how many names end in it.
 */
export function endsInPlaceComplement(coreWords: readonly string[]): boolean {
  return coreWords.length > 2 && COMPLEMENT_PREPOSITIONS.has(coreWords[coreWords.length - 2]);
}
