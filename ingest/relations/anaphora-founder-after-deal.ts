import type { Token } from '../tokens';
import type { DiscourseState } from './discourse-state';
import { FOUNDER_WORDS, LEADER_TITLE_WORDS } from './anaphor-words';

/**
 * "Le groupe met la main sur Vertigo. Son fondateur, P, …", "Orbital snapped up Kvist Labs. Its founder and chief
 * executive, P, …": a founder's possessive opening the sentence right after a takeover is the bought company's —
 * the buyer's founder is told where the buyer is introduced, not after its purchase. The deal is the one a rule
 * read in the sentence before (whatever its verb: "s'offre", "met la main sur", "snapped up"), not a word list, and
 * its target must have been named there by its name: a target only pointed at is no company the reader just met.
 */

/** The deal must be the previous sentence's: two sentences on, the text has moved on to other news. */
const SENTENCES_SINCE_DEAL = 1;
/** Most words of a head's title before its coordinated founder noun ("chief executive officer and founder"). */
const MAX_TITLE_TOKENS = 3;
/** Coordinators between a head's title and a founder noun. */
const COORDINATORS = new Set(['et', 'and']);
/** A word of a title: letters and hyphens only (a comma or a name ends the title). */
const TITLE_WORD = /^[\p{L}-]+$/u;

/**
 * "Son PDG et fondateur", "Its chief executive and co-founder": after the possessive at `i`, a head's title
 * coordinated with a singular founder noun.
 */
export function titledFounderAt(tokens: readonly Token[], i: number): boolean {
  if (!LEADER_TITLE_WORDS.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k <= i + 1 + MAX_TITLE_TOKENS; k++) {
    const t = tokens[k];
    if (t === undefined || !TITLE_WORD.test(t.text)) return false;
    if (COORDINATORS.has(t.lower)) return FOUNDER_WORDS.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/**
 * The target of the acquisition a rule read in the sentence just before, when that sentence named it; else null.
 * A purchase told in the relative clause after the subject ("The group, which bought Vandel in 2021, now makes …")
 * is the subject's record: "Its founder" is then the subject's.
 */
export function boughtTargetJustNamed(state: DiscourseState): number | null {
  const deal = state.lastAcquisition;
  if (deal === null || state.sentencesRead - deal.sentence !== SENTENCES_SINCE_DEAL) return null;
  if (deal.inSubjectRelative === true) return null;
  return state.previousNamed.includes(deal.target) ? deal.target : null;
}
