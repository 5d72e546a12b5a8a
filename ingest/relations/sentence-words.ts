import type { Unit } from './pattern';
import { WordTestMemo } from './word-test-memo';

/**
 * A sentence's words as rule screening reads them, and per-sentence answers to the word tests many rules share
 * (keyed by the sentence's units array, so they live as long as the sentence is being read).
 */

/** The lower-case word of a unit, also of a lone capitalised word read as a name ("Fondée"), else null. */
function unitWord(u: Unit): string | null {
  if (u.kind === 'tok') return u.token.lower;
  return u.word?.lower ?? null;
}

/** The lower-case words of a sentence's units, built once per sentence however many rules screen it. */
const wordsCache = new WeakMap<Unit[], Set<string>>();
export function wordsOf(units: Unit[]): Set<string> {
  let words = wordsCache.get(units);
  if (!words) {
    words = new Set();
    for (const u of units) {
      if (u.kind === 'tok') words.add(u.token.lower);
      else if (u.word !== undefined) words.add(u.word.lower);
    }
    wordsCache.set(units, words);
  }
  return words;
}

/** Per sentence, which required-word screens (by source; all are stateless 'u' patterns) some word passes. */
const screenCache = new WeakMap<Unit[], Map<string, boolean>>();

/** Each word's answer to each screen regex, kept across sentences. */
const wordTests = new WordTestMemo();

/** Some word of the sentence (`words`, from wordsOf) matches `re`; many rules share a screen, read once. */
export function hasWordMatching(units: Unit[], words: ReadonlySet<string>, re: RegExp): boolean {
  let screens = screenCache.get(units);
  if (!screens) {
    screens = new Map();
    screenCache.set(units, screens);
  }
  let found = screens.get(re.source);
  if (found === undefined) {
    if (re.global || re.sticky) {
      found = false;
      for (const w of words)
        if (re.test(w)) {
          found = true;
          break;
        }
    } else found = wordTests.someMatch(words, re);
    screens.set(re.source, found);
  }
  return found;
}

/** Per sentence, which refused-word regexes (by flags and source) some unit's word, or '' for a unit without one, passes. */
const refusedCache = new WeakMap<Unit[], Map<string, boolean>>();

/** A rule's "!!w" test, as `unitWord(u) ?? ''` over every unit, read once per sentence however many rules share it. */
export function holdsRefused(units: Unit[], re: RegExp): boolean {
  let seen = refusedCache.get(units);
  if (!seen) {
    seen = new Map();
    refusedCache.set(units, seen);
  }
  // a global or sticky regex carries state from one test to the next: such a one is read afresh each time
  if (re.global || re.sticky) return units.some((u) => re.test(unitWord(u) ?? ''));
  const key = `${re.flags}/${re.source}`;
  let found = seen.get(key);
  if (found === undefined) {
    found = units.some((u) => re.test(unitWord(u) ?? ''));
    seen.set(key, found);
  }
  return found;
}

/** Some word of `list` is among the sentence's words. */
export function hasAny(words: ReadonlySet<string>, list: readonly string[]): boolean {
  for (const w of list) if (words.has(w)) return true;
  return false;
}
