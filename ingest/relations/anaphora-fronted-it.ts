import type { Token } from '../tokens';
import type { UnitContext } from './unit-context';
import { EXPLETIVE_FOLLOWERS, SUBORDINATORS_BEFORE_IT } from './anaphor-words';
import { firstOrgOrPointer } from './discourse';

/**
 * "X competes with A in the Algarve, while in Andalusia it is up against B", "but across Europe it faces C": "it"
 * after a clause-opening place phrase is the clause's company, the one the sentence is about — not a place or a
 * name inside the fronted phrase, which the rules would otherwise take as the subject.
 */

/** Prepositions that open a fronted place or scope phrase ("in Andalusia", "across Europe", "outside France"). */
const FRONTED_PREPOSITIONS = new Set(['in', 'across', 'outside', 'throughout', 'beyond', 'on', 'at']);
/** Relative pronouns: a phrase holding one is a relative clause, not a fronted place. */
const RELATIVE_WORDS = new Set(['which', 'whom', 'whose', 'that']);
/** Most tokens of the fronted phrase between its preposition and "it" ("in southern Spain and Portugal"). */
const MAX_PHRASE_TOKENS = 5;
/**
 * Words after "it is/will" that make it the company again, not an expletive ("it is up against", "it will face",
 * "it is competing with", "it now holds").
 */
const ACTION_AFTER_AUXILIARY =
  /^(up|face|faces|facing|compete|competes|competing|take|takes|taking|go|goes|going|hold|holds|holding|own|owns|buy|buying|acquire|acquiring|vie|vies|vying|battle|battles|battling|fight|fights|fighting|rival|rivals|also|now|already|still)$/;

/** Subordinators that may open the clause before the fronted phrase ("whereas outside Lisbon it …"). */
const SUBORDINATORS = new Set([...SUBORDINATORS_BEFORE_IT, 'whereas', 'although', 'though']);

/**
 * The "it" at `i` opens a clause after a fronted place phrase. Not a relative's "with which it competes": the
 * rival rules read that shape with the pronoun left as a word.
 */
function afterFrontedPhrase(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && k >= i - 1 - MAX_PHRASE_TOKENS; k--) {
    const w = tokens[k];
    // "in which it already held 40%", "with which it competes": a relative the deal and rival rules read themselves
    if (w.kind !== 'word' || RELATIVE_WORDS.has(w.lower)) return false;
    if (!FRONTED_PREPOSITIONS.has(w.lower) || k === i - 1) continue;
    const before = tokens[k - 1];
    return before.text === ',' || SUBORDINATORS.has(before.lower);
  }
  return false;
}

/** The words at `i` without which `frontedPhraseIt` reads nothing (units-screen.ts skips it elsewhere). */
export const FRONTED_IT_START_WORDS: ReadonlySet<string> = new Set(['it']);

/** Tokens used by such an "it" (1), pointing at the sentence's first company; else 0. */
export function frontedPhraseIt(c: UnitContext): number {
  const { t, next, tokens, units, i } = c;
  if (!FRONTED_IT_START_WORDS.has(t.lower) || next?.kind !== 'word' || !afterFrontedPhrase(tokens, i))
    return 0;
  if (EXPLETIVE_FOLLOWERS.has(next.lower) && !ACTION_AFTER_AUXILIARY.test(tokens[i + 2]?.lower ?? ''))
    return 0;
  const org = firstOrgOrPointer(units);
  if (org === null) return 0;
  c.point([org], i);
  return 1;
}
