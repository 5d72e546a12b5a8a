import type { EntityIndex } from '../resolve/mentions';
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
