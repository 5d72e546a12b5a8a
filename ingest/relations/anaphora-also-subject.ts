import type { Token } from '../tokens';
import type { DiscourseState } from './discourse';
import { ANAPHOR_NOUNS } from './anaphor-words';

/**
 * "Numeris avait pris une participation dans Medilor. Le groupe a également racheté Planexa", "Kestrel bought A in
 * 2021. The group also acquired B": a company noun opening the sentence, with an additive adverb soon after it,
 * adds one more act to the company the last sentence was about, so it stands for that sentence's company subject —
 * not for the article's most salient company (often the target of the main deal, named more often than its buyer).
 */

/** Additive adverbs that continue the last sentence's subject. */
const ADDITIVE = /^(également|aussi|also|too)$/u;
/** Determiners of the opening pointer ("Le groupe", "The company"). */
const OPENING_DETERMINERS = /^(le|la|l'|the)$/u;
/** Most tokens between the pointer's noun and the adverb ("a également", "has since also"). */
const ADVERB_WINDOW_TOKENS = 3;

/** The last sentence's company subject when the pointer at `i` opens the sentence on "Le groupe a également …". */
export function alsoSubjectOrg(tokens: Token[], i: number, state: DiscourseState): number | null {
  if (i !== 0 || state.lastSubjectOrg === null) return null;
  if (!OPENING_DETERMINERS.test(tokens[0]?.lower ?? '') || !ANAPHOR_NOUNS.has(tokens[1]?.lower ?? ''))
    return null;
  for (let k = 2; k < tokens.length && k <= 1 + ADVERB_WINDOW_TOKENS; k++) {
    const w = tokens[k].lower;
    if (ADDITIVE.test(w)) return state.lastSubjectOrg;
    if (!/^\p{Ll}+$/u.test(w)) return null;
  }
  return null;
}
