import { aliasKey } from '../../ingest/resolve/normalize';
import type { ExtractedEntity } from '../../ingest/types';
import type { AliasRow, EntityRow, MentionRow } from './row-types';

/** Redirected ids (merged entities) resolve to their survivor; anything else to itself. */
export type ResolveId = (id: string) => string;

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b < a ? b : a;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

/** Collects entity, alias and mention rows over many articles, one row per entity and per entity×article. */
export class EntityRowCollector {
  private readonly entities = new Map<string, EntityRow & { type: ExtractedEntity['type'] }>();
  private readonly aliases = new Map<string, AliasRow>();
  private readonly mentions = new Map<string, MentionRow>();

  constructor(private readonly resolve: ResolveId) {}

  /** Adds one extracted entity of one article and returns its (resolved) graph id. */
  add(entity: ExtractedEntity, articleId: string, published: string | null): string {
    const id = this.resolve(entity.key);
    const surfaces = [entity.name, ...entity.aliases].filter((s) => s.trim() !== '');
    let row = this.entities.get(id);
    if (!row) {
      row = {
        id,
        type: entity.type,
        name: entity.name,
        aliases: [],
        firstSeen: published,
        lastSeen: published,
      };
      this.entities.set(id, row);
    } else {
      // The fullest surface form names the entity.
      if (entity.name.length > row.name.length) row.name = entity.name;
      row.firstSeen = minDate(row.firstSeen, published);
      row.lastSeen = maxDate(row.lastSeen, published);
    }
    for (const surface of surfaces) {
      if (!row.aliases.includes(surface)) row.aliases.push(surface);
      const key = aliasKey(surface);
      if (key !== '') this.aliases.set(`${key}\u0000${id}`, { key, entityId: id });
    }
    const mentionKey = `${id}\u0000${articleId}`;
    let mention = this.mentions.get(mentionKey);
    if (!mention) {
      mention = { entityId: id, articleId, count: 0, starts: [], ends: [], surfaces: [] };
      this.mentions.set(mentionKey, mention);
    }
    for (const span of [...entity.mentions].sort((a, b) => a.start - b.start)) {
      if (mention.starts.includes(span.start)) continue;
      mention.starts.push(span.start);
      mention.ends.push(span.end);
      mention.surfaces.push(span.text);
    }
    mention.count = mention.starts.length;
    return id;
  }

  organizations(): EntityRow[] {
    return this.rowsOf('Organization');
  }

  people(): EntityRow[] {
    return this.rowsOf('Person');
  }

  aliasRows(): AliasRow[] {
    return [...this.aliases.values()];
  }

  mentionRows(): MentionRow[] {
    return [...this.mentions.values()];
  }

  private rowsOf(type: ExtractedEntity['type']): EntityRow[] {
    return [...this.entities.values()]
      .filter((row) => row.type === type)
      .map(({ id, name, aliases, firstSeen, lastSeen }) => ({ id, name, aliases, firstSeen, lastSeen }));
  }
}
