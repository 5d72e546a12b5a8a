import type { Unit } from './pattern';
import { cueWord as word, everyCueHolds } from './rival-cues';

/**
 * A rivalry told only as a thing of the past is no current rivalry: "Nordvind once counted Kyla among its rivals",
 * "Vale Chill, once seen as a challenger to Coldstream, left the business", "its former rival Y", "son ancien
 * concurrent Y", "autrefois concurrent de Y". Gold counts a rivalry the text states as holding; the past-only one
 * ends with the sentence that tells it (the rival left, was sold, stopped making the product). When every rivalry
 * word of the sentence is marked as past, no COMPETES_WITH reading of it is kept; a sentence that also tells a
 * current rivalry ("once a partner, now a rival") keeps its own cue.
 *
 * "Longtemps" is not a past marker here: "longtemps concurrents" and "se disputent depuis longtemps" describe a
 * rivalry that still runs.
 */
const CUE =
  /^(compet\p{L}*|rival\p{L}*|concurren\p{L}*|adversaires?|affront\p{L}*|challeng\p{L}*|vie|vies|vied|vying|disput\p{L}*)$/u;
/** Adjectives that put the rival in the past when they stand right before the cue (maybe after one adjective). */
export const FORMER_ADJECTIVE = /^(former|one-time|onetime|erstwhile|ancien|ancienne|anciens|anciennes)$/u;
/** Adverbs of a bygone time; French ones are never conjunctions. */
const PAST_ADVERB_FR = /^(autrefois|jadis|naguère|auparavant)$/u;
/** Auxiliaries and copulas after which "once" is the adverb ("was once a rival", "had once competed"). */
const AUXILIARY = /^(was|were|is|are|had|has|have|been|be|it|they|he|she|which|who)$/u;
/** Participles and past verbs that "once" qualifies as an adverb ("once seen as", "once counted"). */
const PAST_FORM = /^(\p{L}+ed|seen|known|thought|held|deemed|led|run|considered|regarded|viewed|counted)$/u;
/** Words that end the clause a past marker can reach the cue through. */
const CLAUSE_END = /^(;|:|\.|!|\?|but|mais|while|whereas|tandis|now|désormais|aujourd'hui|today)$/u;
/** Most units between a past marker and its cue ("once counted Kyla Systems among its rivals"). */
const SPAN = 8;
/** Most units between a "former" adjective and its cue ("former main rival"). */
const ADJECTIVE_SPAN = 2;

/** A sentence-opening adverb taken for a one-word name ("Autrefois concurrent de Y, X …") is still read as a word. */
function entityWord(u: Unit | undefined): string {
  return u?.kind === 'ent' ? (u.word?.lower ?? '') : '';
}

/** "once" at `k` is the adverb of time, not the conjunction "once the deal closes". */
function onceAdverbAt(units: readonly Unit[], k: number): boolean {
  if (word(units[k]) !== 'once') return false;
  const prev = units[k - 1];
  if (prev?.kind === 'ent') return true;
  if (AUXILIARY.test(word(prev) ?? '')) return true;
  return PAST_FORM.test(word(units[k + 1]) ?? '');
}

/** Whether the cue at `at` is marked as belonging to the past within its clause. */
function pastCue(units: readonly Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= ADJECTIVE_SPAN; k--) {
    if (FORMER_ADJECTIVE.test(word(units[k]) ?? '')) return true;
  }
  for (let k = at - 1; k >= 0 && at - k <= SPAN; k--) {
    const w = word(units[k]);
    if (w !== null && CLAUSE_END.test(w)) return false;
    if (onceAdverbAt(units, k) || PAST_ADVERB_FR.test(w ?? entityWord(units[k]))) return true;
  }
  return false;
}

/** Whether a COMPETES_WITH reading rests only on rivalry words told as past. */
export function rivalryOnlyPast(units: readonly Unit[]): boolean {
  return everyCueHolds(units, CUE, pastCue);
}
