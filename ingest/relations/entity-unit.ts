import type { EntityIndex } from '../resolve/mentions';
import type { Token } from '../tokens';
import type { Unit } from './pattern';

/** An entity unit over characters start..end; `anaphor` when the words only point at the entities. */
export function entUnit(
  index: EntityIndex,
  ents: number[],
  start: number,
  end: number,
  anaphor: boolean,
): Unit {
  const types = ents.map((e) => index.entities[e].type);
  return {
    kind: 'ent',
    ents,
    orgs: types.every((t) => t === 'Organization'),
    persons: types.every((t) => t === 'Person'),
    anaphor,
    start,
    end,
  };
}

/**
 * French "du" and "au" are "de"/"à" fused with the article: a pointer opened by one ("présidente du groupe", "cédée
 * au groupe") is the object of that preposition, so the preposition stays a word before the pointer's unit, as "de"
 * stays before "l'entreprise", and rules read "P, président du groupe" as they read "P, président de X".
 */
const CONTRACTED_PREPOSITIONS: ReadonlySet<string> = new Set(['du', 'au']);

/** Pushes the pointer unit for `ents` over tokens `from`..`to`, a contracted preposition at `from` kept apart. */
export function pushPointer(
  units: Unit[],
  index: EntityIndex,
  ents: number[],
  tokens: Token[],
  from: number,
  to: number,
): void {
  let start = from;
  if (CONTRACTED_PREPOSITIONS.has(tokens[from].lower) && to > from) {
    units.push({ kind: 'tok', token: tokens[from] });
    start = from + 1;
  }
  units.push(entUnit(index, ents, tokens[start].start, tokens[to].end, true));
}
