import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { latterPersonAt } from './anaphora-latter-person';
import { postAfterPronoun } from './anaphora-person-post';

/**
 * "… créée en 2011 par deux anciens consultants, P et Q. Le premier en est toujours le président", "cofondée par
 * deux cardiologues, P et Q. La première en est la présidente, le second dirige la recherche": "le premier" / "la
 * première" opening a sentence right after one that named two people or more is the first of them, before a post
 * held now or a career verb (anaphora-latter-person.ts); "en" before the copula stands for the company, which the
 * clitic readers take (anaphora-en-clitic.ts). "Le premier" is no company pointer ("le premier trimestre", "le
 * premier client"), so the reading needs the people and the post.
 */

/** The openings read: the pair's first, masculine or feminine. */
const FIRST_PHRASES = new Set(['le premier', 'la première']);
/** The clitic standing for the company before the copula ("en est", "en reste"). */
const COMPANY_CLITIC = 'en';
/** Tokens of the phrase itself. */
const PHRASE_TOKENS = 2;
/** People the sentence before must have named for "le premier" to pick one of them. */
const MIN_PEOPLE = 2;

/** The words at `i` without which `pairFirstPersonAt` reads nothing. */
export const PAIR_FIRST_START_WORDS: ReadonlySet<string> = new Set(['le', 'la']);

/**
 * The first person the sentence before named, when "le premier" / "la première" at `i` opens the sentence
 * (`opensSentence`) and a post or a career verb follows; else null.
 */
export function pairFirstPersonAt(
  tokens: Token[],
  i: number,
  state: DiscourseState,
  index: EntityIndex,
  opensSentence: boolean,
): number | null {
  if (!opensSentence || !PAIR_FIRST_START_WORDS.has(tokens[i].lower)) return null;
  if (!FIRST_PHRASES.has(`${tokens[i].lower} ${tokens[i + 1]?.lower ?? ''}`)) return null;
  const people = state.lastSentencePersons;
  if (people.length < MIN_PEOPLE) return null;
  const first = people[0];
  const last = i + PHRASE_TOKENS - 1;
  const clitic = tokens[last + 1]?.lower === COMPANY_CLITIC;
  const held = clitic ? postAfterPronoun(tokens, last + 1) : latterPersonAt(tokens, i, first, index, true);
  return held ? first : null;
}
