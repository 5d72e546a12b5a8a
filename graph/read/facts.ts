import type { Reader } from './reader';
import { group } from './reader';
import { NOT_REJECTED } from './deal-filter';
import { toCuration, toFact } from './records';
import type { CurationRecord, FactRecord } from './records';

/** Fact relationships touching each entity, both directions (COMPETES_WITH is stored once per pair). */
export async function factsByEntityIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, FactRecord[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})-[r:COMPETES_WITH|FOUNDED|LEADS]-(:Entity)
     WITH id, r, startNode(r) AS s, endNode(r) AS t
     RETURN id, type(r) AS type, s.id AS sourceId, t.id AS targetId, properties(r) AS props,
            NOT (${NOT_REJECTED('r.id')}) AS rejected
     ORDER BY type, r.firstReported, r.id`,
    { ids: [...new Set(ids)] },
  );
  return group(rows, (r) =>
    toFact(r.type, r.sourceId, r.targetId, r.props as Record<string, unknown>, r.rejected),
  );
}

export async function curationsByFactIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, CurationRecord>> {
  const rows = await reader.read(
    `UNWIND $ids AS id MATCH (c:Curation {factId: id}) RETURN id, properties(c) AS props`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [String(r.id), toCuration(r.props as Record<string, unknown>)]));
}
