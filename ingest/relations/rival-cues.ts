import type { Unit } from './pattern';

/** The lower-cased word of a token unit; null for an entity unit or past the end. */
export const cueWord = (u: Unit | undefined): string | null => (u?.kind === 'tok' ? u.token.lower : null);

/**
 * Whether the sentence has at least one rivalry cue and every one of them `holds` (is denied, qualifies a bid…):
 * a sentence-level test, so the guards built on it are computed once per sentence, not once per reading.
 */
export function everyCueHolds(
  units: readonly Unit[],
  cue: RegExp,
  holds: (units: readonly Unit[], at: number) => boolean,
): boolean {
  let cues = 0;
  for (let i = 0; i < units.length; i++) {
    if (!cue.test(cueWord(units[i]) ?? '')) continue;
    if (!holds(units, i)) return false;
    cues++;
  }
  return cues > 0;
}
