import { LEGAL_FORMS } from '../entities/lexicon-common';
import { isLegalSuffix } from './normalize';

/**
 * The distinctive core of a company's folded key, read when a short form is matched to its last word ("Kodak" for
 * "Eastman Kodak Co"). Keys are a contract with the graph and stay as they are; only this reading trims them.
 */

/** Fewest one-letter words that spell a dotted legal form at the end of a folded key ("s l", "s p a", "n v"). */
const MIN_DOTTED_FORM_LETTERS = 2;
/** Joiners a key may end with, or hold between legal forms ("w r grace and", "becher gmbh and co kg"). */
const JOINERS = new Set(['and', 'et']);

function isFormOrJoiner(word: string): boolean {
  return isLegalSuffix(word) || LEGAL_FORMS.has(word) || JOINERS.has(word);
}

/**
 * "aceites montalban s l" → "aceites montalban", "w r grace and" → "w r grace", "kurt a becher gmbh and co kg" →
 * "kurt a becher": a dotted legal form spelled as single letters, and a chain of legal forms joined by "and".
 */
export function withoutDottedForm(words: string[]): string[] {
  let tail = words.length;
  while (tail > 1 && isFormOrJoiner(words[tail - 1])) tail--;
  const core =
    tail < words.length && words.slice(tail).some((w) => JOINERS.has(w)) ? words.slice(0, tail) : words;
  let end = core.length;
  while (end > 0 && core[end - 1].length === 1) end--;
  return core.length - end >= MIN_DOTTED_FORM_LETTERS ? core.slice(0, end) : core;
}
