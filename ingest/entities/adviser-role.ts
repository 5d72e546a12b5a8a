import type { Token } from '../tokens';

/**
 * "X served as exclusive financial advisor to Y", "X acted as legal counsel": the closing line of a deal release
 * names the firms that advised, often with no other cue. A person can serve as an adviser too, so callers only
 * use this for names with no person evidence (the weak-cue path).
 */

const SERVED_VERBS = new Set([
  'served',
  'serves',
  'serving',
  'acted',
  'acts',
  'acting',
  'is',
  'was',
  'are',
  'were',
]);
const AS_WORDS = new Set(['as']);
/** Auxiliaries before the verb ("is acting", "has served", "have acted"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** Adviser nouns of a deal release. */
const ADVISER_NOUNS = new Set(['advisor', 'advisors', 'adviser', 'advisers', 'counsel']);
/** Lower-case words between "as" and the adviser noun ("exclusive financial", "lead legal", "the sole"). */
const MAX_ADVISER_QUALIFIER_WORDS = 3;
/** What follows the noun when it names a deal side ("advisor to Y", "counsel for Y", "advisor on the deal"). */
const ADVISED_SIDE_WORDS = new Set(['to', 'for', 'on']);

/** The name ending at `to` is the subject of "served as … advisor to/for/on". */
export function servedAsAdviserAfter(tokens: Token[], to: number): boolean {
  // "X is acting as …", "X has served as …": an auxiliary may stand before the verb
  const aux = AUXILIARIES.has(tokens[to]?.text ?? '') && SERVED_VERBS.has(tokens[to + 1]?.text ?? '');
  const verb = tokens[aux ? to + 1 : to];
  const as = tokens[aux ? to + 2 : to + 1];
  if (!verb || !as || !SERVED_VERBS.has(verb.text) || !AS_WORDS.has(as.text)) return false;
  for (
    let i = aux ? to + 3 : to + 2, n = 0;
    i < tokens.length && n <= MAX_ADVISER_QUALIFIER_WORDS;
    i++, n++
  ) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (ADVISER_NOUNS.has(t.lower)) {
      const side = tokens[i + 1];
      return !!side && ADVISED_SIDE_WORDS.has(side.lower);
    }
  }
  return false;
}
