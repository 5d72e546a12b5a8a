import type { Token } from '../tokens';

/**
 * Wire copy names public bodies after a dotted country abbreviation: "the U.S. Food and Drug Administration", "the
 * U.K. Office of Fair Trading". The abbreviation is all capitals, which elsewhere marks a whole name of its own
 * ("IBM and Sauce Labs" are two), so the "and" join must judge the name from the word after it.
 */

/** Dotted country abbreviations that open a body's name without being a name of their own (lower case). */
const COUNTRY_PREFIXES: ReadonlySet<string> = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.']);

/** `from + 1` when the run [from, to) opens with a dotted country abbreviation and goes on; else `from`. */
export function afterCountryPrefix(tokens: Token[], from: number, to: number): number {
  return to - from >= 2 && COUNTRY_PREFIXES.has(tokens[from].lower) ? from + 1 : from;
}
