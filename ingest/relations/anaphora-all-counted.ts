import type { Token } from '../tokens';
import { LIST_NOUNS, SMALL_NUMBERS } from './anaphor-words';

/**
 * "X trails all three with a 6% share", "all four of them", "tous les trois", "toutes trois": a count after "all" /
 * "tous" stands for the list just named, as "these three companies" does. A plain noun after the count ("all three
 * markets", "les trois usines") counts something else.
 */

const ALL = new Set(['all', 'tous', 'toutes']);

/** The words at `i` without which `allCountedLength` reads nothing (units-screen.ts skips it elsewhere). */
export const ALL_COUNTED_START_WORDS: ReadonlySet<string> = ALL;
/** "of them", "d'entre eux": the pronoun that may close the phrase. */
const CLOSERS: readonly (readonly string[])[] = [
  ['of', 'them'],
  ["d'", 'entre', 'eux'],
  ["d'", 'entre', 'elles'],
];

/** Tokens of such a phrase starting at `i`, else 0. */
export function allCountedLength(tokens: Token[], i: number): number {
  if (!ALL.has(tokens[i].lower)) return 0;
  // "tous les trois": French puts the article between
  let k = tokens[i + 1]?.lower === 'les' && tokens[i].lower !== 'all' ? i + 2 : i + 1;
  if (!SMALL_NUMBERS.has(tokens[k]?.lower ?? '')) return 0;
  k++;
  if (LIST_NOUNS.has(tokens[k]?.lower ?? '')) return k + 1 - i;
  const closer = CLOSERS.find((c) => c.every((w, n) => tokens[k + n]?.lower === w));
  if (closer) return k + closer.length - i;
  // a noun of its own after the count counts something else
  const after = tokens[k];
  if (
    after?.kind === 'word' &&
    /^\p{Ll}/u.test(after.text) &&
    !/^(with|in|on|by|and|et|avec|en|par|but|mais)$/.test(after.lower)
  )
    return 0;
  return k - i;
}
