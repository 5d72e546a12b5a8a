/**
 * How a person is named again later in an article: by the surname alone, which may be a hyphenated compound
 * ("Castaing-Wu" after "Hélène Castaing-Wu") and which drops the generational suffix of the full name
 * ("Bingham" after "Harold T. Bingham Jr."). All arguments are folded words (see normalize.ts `foldText`).
 */

/** Generational suffixes written after a surname; they are never the name a person is called by. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The folded words of a full name without a trailing generational suffix. */
export function withoutNameSuffix(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && NAME_SUFFIXES.has(words[end - 1])) end--;
  return end === words.length ? words : words.slice(0, end);
}

/** The word a one-word surname mention must equal: the last word of the full name before any suffix. */
export function surnameOf(words: string[]): string {
  const core = withoutNameSuffix(words);
  return core[core.length - 1];
}

/**
 * "Castaing-Wu" (one hyphenated token, folded to two words) is the surname of "Hélène Castaing-Wu": the full name
 * is longer and ends with the same words. `shortText` is the mention as written, which must be one token.
 */
export function isCompoundSurnameOf(short: string[], shortText: string, full: string[]): boolean {
  if (short.length < 2 || /\s/.test(shortText.trim()) || !shortText.includes('-')) return false;
  const core = withoutNameSuffix(full);
  if (core.length <= short.length) return false;
  const tail = core.slice(core.length - short.length);
  return tail.every((w, k) => w === short[k]);
}
