import type { ExtractedEntity } from '../types';
import type { EntityIndex } from './mentions';
import { entityKey } from './normalize';

/** The fullest surface names the entity; the others become aliases. */
export function entityName(surfaces: string[]): string {
  let best = surfaces[0];
  const words = (s: string) => s.split(/\s+/).length;
  const shouted = (s: string) => (s === s.toUpperCase() ? 1 : 0);
  for (const s of surfaces) {
    if (words(s) > words(best) || (words(s) === words(best) && shouted(best) > shouted(s))) best = s;
  }
  return best;
}

/** Public entities: tentative names survive only when a relation gave them a role. */
export function toEntities(index: EntityIndex, used: ReadonlySet<number>): ExtractedEntity[] {
  const out: ExtractedEntity[] = [];
  for (const e of index.entities) {
    if (e.tentative && !used.has(e.id)) continue;
    const name = entityName(e.surfaces);
    const mentions = [...e.mentions]
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ start: m.start, end: m.end, text: m.text }));
    out.push({
      name,
      type: e.type,
      aliases: [
        ...e.surfaces.filter((s) => s !== name),
        ...(e.aliasesOnly ?? []).filter((a) => !e.surfaces.includes(a)),
      ],
      key: entityKey(name, e.type),
      mentions,
    });
  }
  return out;
}
