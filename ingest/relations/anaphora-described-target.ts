import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { ANAPHOR_DETERMINERS } from './anaphor-words';
import { foldOrigin, isOriginWord } from './anaphora-origin';
import { namedInClauseAfter } from './anaphora-clause-names';

/**
 * "Harrow Foods agreed to buy Cellini Brothers for $145 million. The Wisconsin company, which sells its pies in 6,000
 * stores, …", "Rivalis a annoncé le rachat de Menuiseries Océanes. L'entreprise vendéenne emploie 420 salariés":
 * a sentence opening on a company noun with a place the text never gave any company, right after the sentence
 * that told a purchase, describes the company just bought. The writer introduces the newcomer of the story with a
 * fact the reader lacks (where it is from); the buyer, already known, is told again by its name or as "the group".
 * Not when the target was itself given an origin (a new place is then someone else's: "l'acquisition du jurassien
 * Télénord. L'entreprise savoyarde …" is the buyer), not for "the group" (the larger party), and not when the
 * clause names the target or the buyer after the pointer.
 */

/**
 * Company nouns that may stand for a bought company; "group", "groupe" are the buyer's (anaphora-group-size.ts), and a
 * French trade noun ("le spécialiste toulousain") restates the buyer the lead described by its trade.
 */
const TARGET_NOUNS = new Set([
  'company',
  'firm',
  'business',
  'maker',
  'manufacturer',
  'producer',
  'operator',
  'entreprise',
  'société',
  'pme',
  'start-up',
  'startup',
]);
/** A place named as a bare capitalised word before the noun: "The Tulsa company", "the Dundee firm". */
const PLACE_WORD = /^\p{Lu}[\p{Ll}'-]+$/u;
/** "The Denver company also named P": a second act of the subject the sentence before told, the buyer. */
const CONTINUING = /^(also|too|further|aussi|également|par ailleurs)$/;
/** The purchase must be told in the sentence right before: one sentence later the story may have turned. */
const MAX_SENTENCES_SINCE_DEAL = 1;

/** The words at `i` without which `describedTargetAt` reads nothing (pointer-screen.ts skips it elsewhere). */
export const DESCRIBED_TARGET_START_WORDS: ReadonlySet<string> = ANAPHOR_DETERMINERS;

/** Whether the token is a place or origin word no company of the text was given (`told` knows the given ones). */
function untoldPlace(t: Token | undefined, named: boolean, state: DiscourseState, english: boolean): boolean {
  if (!t || named) return false;
  const origin = isOriginWord(t) || (english && PLACE_WORD.test(t.text));
  return origin && !state.origins.has(foldOrigin(t.text));
}

/**
 * The target of the purchase the sentence before told, with the tokens of the descriptor at `i` ("the Tulsa
 * company", "l'entreprise vendéenne"), when the descriptor opens the sentence; else null.
 */
export function describedTargetAt(
  tokens: Token[],
  mentions: Mention[],
  i: number,
  subjectPlace: boolean,
  state: DiscourseState,
): { ent: number; length: number } | null {
  // only the sentence's first words: after a fronted phrase ("Two weeks later, the …") the story has moved on
  if (!subjectPlace || i !== 0 || !ANAPHOR_DETERMINERS.has(tokens[i].lower)) return null;
  const deal = state.lastAcquisition;
  if (deal === null || deal.buyer === deal.target) return null;
  if (state.sentencesRead - deal.sentence > MAX_SENTENCES_SINCE_DEAL) return null;
  const named = (k: number): boolean => mentions.some((m) => m.from <= k && k < m.to);
  const english = tokens[i].lower === 'the';
  let length = 0;
  // "The Tulsa company", "the Oslo-based maker": place before the noun
  if (
    untoldPlace(tokens[i + 1], named(i + 1), state, english) &&
    TARGET_NOUNS.has(tokens[i + 2]?.lower ?? '')
  )
    length = 3;
  // "L'entreprise vendéenne", "la société rhodanienne": French origin after the noun
  else if (
    !english &&
    TARGET_NOUNS.has(tokens[i + 1]?.lower ?? '') &&
    isOriginWord(tokens[i + 2]) &&
    untoldPlace(tokens[i + 2], named(i + 2), state, false)
  )
    length = 3;
  if (length === 0 || CONTINUING.test(tokens[i + length]?.lower ?? '')) return null;
  // a target told by its own origin ("le jurassien Télénord") beside a buyer told by none: a new place is the
  // buyer's; when both were given one ("French group Thales … Scottish Calder"), the place still describes the newcomer
  const origins = [...state.origins.values()];
  if (origins.includes(deal.target) && !origins.includes(deal.buyer)) return null;
  const later = namedInClauseAfter(tokens, mentions, i);
  if (later.has(deal.target) || later.has(deal.buyer)) return null;
  return { ent: deal.target, length };
}
