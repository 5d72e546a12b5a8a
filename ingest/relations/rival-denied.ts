import type { Unit } from './pattern';
import { cueWord as word, everyCueHolds } from './rival-cues';

/**
 * A rivalry told as denied is no rivalry: "A et B n'étaient pas concurrents", "A and B were never rivals", "ne se
 * font pas concurrence", "no longer compete", "A ne concurrence pas B". Pattern rules check a denial between their
 * parties only, and readers not at all, so a rivalry cue under a negation reached every reader. When every word of
 * rivalry in the sentence stands under a negation, no COMPETES_WITH reading of it is kept; a rivalry told beside the
 * denial ("not partners but rivals", "A does not compete with B but faces C") keeps its own cue.
 */
const CUE =
  /^(compet\p{L}*|rival\p{L}*|concurren\p{L}*|adversaires?|affront\p{L}*|face|faces|faced|facing|challeng\p{L}*|vie|vies|vied|vying|disput\p{L}*|battl\p{L}*|fight\p{L}*|fought)$/u;
const NEGATOR_EN = /^(not|never|n't|n’t|\p{L}+n't|\p{L}+n’t)$/u;
const NE_FR = /^(ne|n'|n’)$/u;
const NEGATOR_FR = /^(pas|jamais|plus|guère|nullement|aucunement)$/u;
/** Words a negation may span before its cue: an auxiliary, "se font", a determiner, "direct", "really". */
const BETWEEN =
  /^(be|been|being|longer|really|truly|directly|real|true|direct|directs|directe|directes|the|a|an|des|de|d'|d’|deux|two|se|s'|s’|font|fait|faisaient|fera|feront|en|vraiment|réellement|directement|frontalement|vrais|vraies|véritables?|été|être|étaient|était|sont|est|is|are|was|were|ont|a)$/u;
/** Words after a negator that undo the denial: "not only", "ne … que", "pas seulement", "plus que". */
const UNDOING =
  /^(only|just|merely|yet|que|qu'|qu’|seulement|uniquement|le|la|les|the|a|an|seul|seule|only)$/u;
/** Most units between a negator and its cue. */
const SPAN = 3;

/** A negator word at `k`: an English one, "no" before "longer", or a French one after "ne/n'". */
function negatorAt(units: readonly Unit[], k: number): boolean {
  const w = word(units[k]) ?? '';
  if (NEGATOR_EN.test(w)) return true;
  if (w === 'no') return word(units[k + 1]) === 'longer';
  if (!NEGATOR_FR.test(w)) return false;
  for (let j = k - 1; j >= 0 && k - j <= SPAN + 1; j--) if (NE_FR.test(word(units[j]) ?? '')) return true;
  return false;
}

/** Whether the cue at `at` stands under a negation right before it, or between "ne" and "pas" around it. */
function negatedCue(units: readonly Unit[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= SPAN + 1; k--) {
    if (negatorAt(units, k)) return !UNDOING.test(word(units[k + 1]) ?? '');
    const w = word(units[k]);
    if (w === null || !BETWEEN.test(w)) break;
  }
  // "A ne concurrence pas B", "n'affronte jamais B": the French negation straddles the verb
  const before = word(units[at - 1]) ?? '';
  const after = word(units[at + 1]) ?? '';
  return NE_FR.test(before) && NEGATOR_FR.test(after) && !UNDOING.test(word(units[at + 2]) ?? '');
}

/** Whether a COMPETES_WITH reading rests only on rivalry words told as denied. */
export function rivalryDenied(units: readonly Unit[]): boolean {
  return everyCueHolds(units, CUE, negatedCue);
}
