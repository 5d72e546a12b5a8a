/**
 * "Conseils : A Corporate Finance (Les Délices d'Armor)": two names of several words with no acronym, no initial and
 * no word in common are two parties (an adviser and its client), not a name and its alias; "Banque publique
 * d'investissement (Bpifrance)" and "Groupe Bruxelles Lambert (GBL)" still are one.
 */

/** Shortest word compared between the two names (articles and elisions are shorter). */
const MIN_COMPARED_WORD_LETTERS = 3;

/** One short upper-case word ("GBL", "BPI"): an acronym standing for a longer name. */
export function isAcronym(text: string): boolean {
  return !/\s/.test(text) && text.length <= 6 && text === text.toUpperCase();
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s'’-]+/)
    .filter((w) => w.length >= MIN_COMPARED_WORD_LETTERS);
}

/** True when the bracketed name `b` may be another name of `a` rather than a second party. */
export function mayBeAliases(a: { text: string }, b: { text: string }): boolean {
  if (!/\s/.test(a.text) || !/\s/.test(b.text) || isAcronym(a.text) || isAcronym(b.text)) return true;
  const aw = wordsOf(a.text);
  const bw = wordsOf(b.text);
  const shared = new Set(bw);
  return aw.some((w) => shared.has(w)) || aw[0]?.[0] === bw[0]?.[0];
}
