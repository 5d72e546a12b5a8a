import { aliasKey, entityKey } from '../../ingest/resolve/normalize';
import type { Reader } from './reader';
import { cypherInt } from './reader';
import { ENTITY_PROPS, toEntity, toMention } from './records';
import type { EntityRecord, MentionRecord } from './records';

/** How many same-named entities a name lookup considers before picking the most mentioned. */
export const NAME_MATCHES_MAX = 10;

/** Entities by id; a merged-away id answers with the survivor through its Redirect. */
export async function entitiesByIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, EntityRecord>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     OPTIONAL MATCH (e:Entity {id: id})
     OPTIONAL MATCH (:Redirect {id: id})-[:TO]->(r:Entity)
     WITH id, coalesce(e, r) AS n
     WHERE n IS NOT NULL
     RETURN id, ${ENTITY_PROPS('n')} AS props, labels(n) AS labels`,
    { ids: [...new Set(ids)] },
  );
  const out = new Map<string, EntityRecord>();
  for (const row of rows) out.set(String(row.id), toEntity(row.props as Record<string, unknown>, row.labels));
  return out;
}

/**
 * Cypher leaving rows `e, weight` for the entities a name may refer to, best first: the folded name is looked
 * up among Alias keys, entity ids and redirects, so case, accents and legal suffixes do not matter. Takes the
 * parameters of `nameLookupParams`; the caller adds its own LIMIT. Mentions are only summed when there is
 * more than one candidate to rank: for a single one (the usual case) that would walk every MENTIONED_IN of
 * a busy organisation for nothing.
 */
export const NAME_CANDIDATES = `CALL {
       MATCH (e:Entity) WHERE e.id IN $ids RETURN e
       UNION
       MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Entity) RETURN e
       UNION
       MATCH (r:Redirect)-[:TO]->(e:Entity) WHERE r.id IN $ids RETURN e
     }
     WITH e WHERE $label IS NULL OR $label IN labels(e)
     WITH collect(e) AS candidates
     UNWIND candidates AS e
     CALL (e, candidates) {
       UNWIND CASE WHEN size(candidates) > 1 THEN [true] ELSE [] END AS contested
       OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Article)
       RETURN sum(coalesce(m.count, 1)) AS weight
     }
     WITH e, weight
     ORDER BY CASE WHEN e.id IN $ids THEN 0 ELSE 1 END, weight DESC, e.id`;

/** Parameters of `NAME_CANDIDATES`, or null when the name folds to nothing (it can match no entity). */
export function nameLookupParams(
  name: string,
  type: 'Organization' | 'Person' | null,
): Record<string, unknown> | null {
  const key = aliasKey(name);
  if (!key) return null;
  return { ids: [entityKey(name, 'Organization'), entityKey(name, 'Person')], key, label: type };
}

/** Entities a name may refer to, most mentioned first (see `NAME_CANDIDATES`). */
export async function entitiesByName(
  reader: Reader,
  name: string,
  type: 'Organization' | 'Person' | null,
): Promise<EntityRecord[]> {
  const params = nameLookupParams(name, type);
  if (!params) return [];
  const rows = await reader.read(
    `${NAME_CANDIDATES}
     RETURN ${ENTITY_PROPS('e')} AS props, labels(e) AS labels
     LIMIT $limit`,
    { ...params, limit: cypherInt(NAME_MATCHES_MAX) },
  );
  return rows.map((row) => toEntity(row.props as Record<string, unknown>, row.labels));
}

/** Where each entity is named, grouped per entity id, most recent article first. */
export async function mentionsByEntityIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, MentionRecord[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     MATCH (:Entity {id: id})-[m:MENTIONED_IN]->(a:Article)
     RETURN id, properties(m) AS props, a.id AS articleId
     ORDER BY a.published DESC, a.id`,
    { ids: [...new Set(ids)] },
  );
  const out = new Map<string, MentionRecord[]>();
  for (const row of rows) {
    const id = String(row.id);
    const bucket = out.get(id) ?? [];
    bucket.push(toMention(row.props as Record<string, unknown>, row.articleId));
    out.set(id, bucket);
  }
  return out;
}
