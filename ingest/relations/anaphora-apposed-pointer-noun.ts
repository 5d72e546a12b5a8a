import type { Token } from '../tokens';
import type { Unit } from './pattern';

/**
 * "Qalia, la start-up nantaise qui …", "Fontis, la PME vendéenne,": a definite apposition right after a name is
 * read by the pointers as one unit standing for that very name, so its noun is no plain word the apposition
 * reader (`rememberApposedNouns`) can see, while "Qalia, une start-up nantaise" is. The noun inside such a unit
 * still tells what the company is ("le groupe" later passes over the start-up, anaphora-group-size.ts).
 */

/**
 * The noun of the pointer unit `pointer` apposed to the one entity `ent` (the last word of the unit's span for
 * which `isNoun` holds), else null: a pointer standing for another company is no apposition of `ent`.
 */
export function apposedPointerNoun(
  tokens: Token[],
  pointer: Unit,
  ent: number,
  isNoun: (word: string) => boolean,
): string | null {
  if (pointer.kind !== 'ent' || !pointer.anaphor || pointer.ents.length !== 1 || pointer.ents[0] !== ent)
    return null;
  let noun: string | null = null;
  for (const t of tokens) {
    if (t.start >= pointer.end) break;
    if (t.start >= pointer.start && t.kind === 'word' && t.text === t.lower && isNoun(t.lower))
      noun = t.lower;
  }
  return noun;
}
