import type { Token } from '../tokens';
import type { EntityIndex } from '../resolve/mentions';
import type { DiscourseState } from './discourse-state';
import { implicitPair } from './discourse';
import { bothSubjectLength, combinedPhraseLength, tellsRivalry } from './plural-pointers';

/** A phrase pointing at companies the discourse holds: its tokens and the companies. */
export interface SeveralPointer {
  length: number;
  ents: number[];
}

/**
 * A phrase at `i` standing for companies the discourse holds, else null: "the combined company" is the company
 * the merger makes when the article named it, else — when the sentence tells of rivals — the merging pair (each
 * party's rivals are the new company's); a sentence-opening "Both"/"Tous deux" is the last list or pair.
 */
export function severalPointerAt(tokens: Token[], i: number, state: DiscourseState): SeveralPointer | null {
  if (state.mergingPair !== null) {
    const length = combinedPhraseLength(tokens, i);
    if (length > 0 && state.bornOrg !== null) return { length, ents: [state.bornOrg] };
    if (length > 0 && tellsRivalry(tokens)) return { length, ents: state.mergingPair };
  }
  const group = state.lastOrgList ?? state.lastPair ?? implicitPair(state);
  const length = group === null ? 0 : bothSubjectLength(tokens, i);
  return length > 0 ? { length, ents: group! } : null;
}

const COUNT_WORDS = new Map([
  ['deux', 2],
  ['two', 2],
  ['trois', 3],
  ['three', 3],
  ['quatre', 4],
  ['four', 4],
  ['cinq', 5],
  ['five', 5],
]);

/**
 * The companies "ces trois acteurs" (the list phrase of `length` tokens at `i`) stands for: the last list, or —
 * when the phrase counts members and that list has another count — the previous sentence's organisations when
 * they are exactly that many ("A se hisse au niveau de B et de C. Ces trois enseignes …"). Null when neither fits.
 */
export function countedList(
  tokens: Token[],
  i: number,
  length: number,
  state: DiscourseState,
  index: EntityIndex,
): number[] | null {
  let count: number | undefined;
  for (let k = i; k < i + length && count === undefined; k++) count = COUNT_WORDS.get(tokens[k].lower);
  const list = state.lastOrgList;
  if (count === undefined || list?.length === count) return list;
  const named = [...new Set(state.previousNamed)].filter((e) => index.entities[e].type === 'Organization');
  return named.length === count ? named : null;
}
