import type { Token } from '../tokens';

/**
 * "controlled by Hale and Dorsey and by Mercer Inc", "détenu par Lemoine et Garnier et par la banque Osmond": the
 * preposition that brought the first party comes again after a second "and". The sentence coordinates two phrases of
 * one role, so everything between the first preposition and that second "and" is one party: a pair of bare surnames
 * there is one partnership name, not two parties (two would have been written "by A, B and by C" or "by A and B").
 */

/** Prepositions that bring a party and may be repeated for the next one. */
const PARTY_PREPOSITIONS = new Set(['by', 'from', 'with', 'to', 'for', 'par', 'avec', 'pour', 'auprès']);
/** Coordinating words between the two phrases. */
const AND_WORDS = new Set(['and', 'et']);
/** Plain words allowed between the first preposition and the first name ("by privately-held", "par la famille"). */
const MAX_WORDS_BEFORE_NAME = 2;
/** Words allowed between the repeated preposition and the next name ("et par la banque"): determiners, a noun. */
const MAX_WORDS_AFTER_REPEAT = 2;

/** The preposition standing before the run starting at `from` (past a few lower-case words), or null. */
function prepositionBefore(tokens: Token[], from: number): string | null {
  for (let k = from - 1; k >= 0 && from - 1 - k <= MAX_WORDS_BEFORE_NAME; k--) {
    const w = tokens[k].lower;
    if (PARTY_PREPOSITIONS.has(w)) return w;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text)) return null;
  }
  return null;
}

/**
 * Whether the pair of names from token `from` to token `to` (exclusive) is followed by "and <the same preposition>"
 * and then, within a few words, the next name starting at `nextFrom`.
 */
export function repeatsPartyPreposition(
  tokens: Token[],
  from: number,
  to: number,
  nextFrom: number,
): boolean {
  const prep = prepositionBefore(tokens, from);
  if (prep === null) return false;
  if (!AND_WORDS.has(tokens[to]?.lower ?? '') || tokens[to + 1]?.lower !== prep) return false;
  const gap = nextFrom - (to + 2);
  if (gap < 0 || gap > MAX_WORDS_AFTER_REPEAT) return false;
  for (let k = to + 2; k < nextFrom; k++) if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(tokens[k].text)) return false;
  return true;
}
