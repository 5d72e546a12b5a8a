import { aliasKey, foldName } from '../../ingest/resolve/normalize';
import type { GraphHandle } from '../read/reader';
import { CurationError } from './errors';
import { rows, withWrite } from './tx';

/** Joins surface forms into `aliasText`, the property the full-text index reads. */
export const ALIAS_TEXT_SEPARATOR = ' | ';
/** Longest alias accepted, in characters. */
export const ALIAS_CHARS_MAX = 200;

/** Points an alias (any surface form) at an entity and lists it among the entity's aliases. */
export async function addAlias(graph: GraphHandle, entityId: string, alias: string): Promise<string> {
  const surface = checkSurface(alias);
  const key = aliasKey(surface);
  return withWrite(graph, async (run) => {
    const found = await rows(
      run,
      `OPTIONAL MATCH (e:Entity {id: $id})
       OPTIONAL MATCH (:Redirect {id: $id})-[:TO]->(r:Entity)
       WITH coalesce(e, r) AS n WHERE n IS NOT NULL
       RETURN n.id AS id, coalesce(n.aliases, []) AS aliases`,
      { id: entityId },
    );
    if (!found[0]) throw new CurationError('CURATION_NOT_FOUND', `No entity has id "${entityId}".`);
    const id = String(found[0].id);
    const aliases = found[0].aliases as string[];
    const next = aliases.includes(surface) ? aliases : [...aliases, surface];
    await rows(
      run,
      `MATCH (e:Entity {id: $id})
       MERGE (a:Alias {key: $key})
       MERGE (a)-[:ALIAS_OF]->(e)
       SET e.aliases = $aliases, e.aliasText = $aliasText`,
      { id, key, aliases: next, aliasText: next.join(ALIAS_TEXT_SEPARATOR) },
    );
    return id;
  });
}

/** Unlinks every surface form that folds to the alias's key; an entity's own name cannot be removed. */
export async function removeAlias(graph: GraphHandle, entityId: string, alias: string): Promise<string> {
  const key = aliasKey(checkSurface(alias));
  return withWrite(graph, async (run) => {
    const found = await rows(
      run,
      `OPTIONAL MATCH (e:Entity {id: $id})
       OPTIONAL MATCH (:Redirect {id: $id})-[:TO]->(r:Entity)
       WITH coalesce(e, r) AS n WHERE n IS NOT NULL
       RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
              EXISTS { (:Alias {key: $key})-[:ALIAS_OF]->(n) } AS linked`,
      { id: entityId, key },
    );
    if (!found[0]) throw new CurationError('CURATION_NOT_FOUND', `No entity has id "${entityId}".`);
    const id = String(found[0].id);
    if (foldName(String(found[0].name)) === key) {
      throw new CurationError(
        'CURATION_BAD_INPUT',
        'An entity’s own name cannot be removed from its aliases.',
      );
    }
    const aliases = found[0].aliases as string[];
    const next = aliases.filter((a) => aliasKey(a) !== key);
    if (found[0].linked !== true && next.length === aliases.length) {
      throw new CurationError('CURATION_NOT_FOUND', `"${alias}" is not an alias of "${id}".`);
    }
    await rows(
      run,
      `MATCH (e:Entity {id: $id})
       SET e.aliases = $aliases, e.aliasText = $aliasText
       WITH e
       OPTIONAL MATCH (a:Alias {key: $key})-[l:ALIAS_OF]->(e)
       DELETE l
       WITH a WHERE a IS NOT NULL AND NOT EXISTS { (a)-[:ALIAS_OF]->() }
       DELETE a`,
      { id, key, aliases: next, aliasText: next.join(ALIAS_TEXT_SEPARATOR) },
    );
    return id;
  });
}

function checkSurface(alias: string): string {
  const surface = alias.normalize('NFC').trim();
  if (!surface || surface.length > ALIAS_CHARS_MAX || !aliasKey(surface)) {
    throw new CurationError(
      'CURATION_BAD_INPUT',
      `An alias must be 1 to ${ALIAS_CHARS_MAX} characters with a letter or digit.`,
    );
  }
  return surface;
}
