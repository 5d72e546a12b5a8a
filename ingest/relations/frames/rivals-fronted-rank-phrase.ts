import type { Unit } from '../pattern';

/**
 * A rank phrase opening the sentence, its subject after the comma that closes the rivals: "Numéro deux français
 * derrière A et devant B, X a engagé …", "Third behind A, X has …". The rank trigger has then no subject before it.
 */

/** Most plain words before "derrière/behind" in such an opening ("Numéro deux français", "Solid third"). */
const FRONTED_RANK_PHRASE_WORDS = 4;

/**
 * The lower-case word of unit `k`; the capitalised opening word may be held as a possible name ("Numéro" is also
 * a magazine's): its word still counts there.
 */
function plainWordAt(units: Unit[], k: number): string | null {
  const u = units[k];
  const word = u.kind === 'tok' ? u.token : k === 0 ? u.word : undefined;
  return word !== undefined && word.kind === 'word' ? word.lower : null;
}

/**
 * Whether every unit before the trigger at `i` is a plain word, few enough to be a verbless rank phrase; with
 * `rank`, one of them must also match it.
 */
export function opensWithRankPhrase(units: Unit[], i: number, rank?: RegExp): boolean {
  if (i === 0 || i > FRONTED_RANK_PHRASE_WORDS) return false;
  let ranked = rank === undefined;
  for (let k = 0; k < i; k++) {
    const w = plainWordAt(units, k);
    if (w === null) return false;
    if (rank?.test(w)) ranked = true;
  }
  return ranked;
}
