import type { Reader, Row } from './reader';
import { NOT_REJECTED } from './deal-filter';
import { ENTITY_PROPS, toCuration, toEntity, toFact } from './records';
import type { CurationRecord, EntityRecord, FactRecord } from './records';

/** Rows `r, o` of the fact relationships of entity `e` and the entity at the other end, in list order. */
export const FACTS_OF = (e: string): string =>
  `MATCH (${e})-[r:COMPETES_WITH|FOUNDED|LEADS]-(o:Entity) WITH r, o ORDER BY type(r), r.firstReported, r.id`;

/** Map projection of one `FACTS_OF` row, read back by `factWithOtherFromRow`. */
export const FACT_WITH_OTHER_PROJECTION = `{type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id,
  props: properties(r), rejected: NOT (${NOT_REJECTED('r.id')}), otherProps: ${ENTITY_PROPS('o')}, otherLabels: labels(o)}`;

export const factWithOtherFromRow = (row: Row): { fact: FactRecord; other: EntityRecord } => ({
  fact: toFact(row.type, row.sourceId, row.targetId, row.props as Record<string, unknown>, row.rejected),
  other: toEntity(row.otherProps as Record<string, unknown>, row.otherLabels),
});

/**
 * Fact relationships touching each entity, both directions (COMPETES_WITH is stored once per pair).
 * `seen` gets the entity at the other end of each fact, read in the same query, so a caller can cache it.
 */
export async function factsByEntityIds(
  reader: Reader,
  ids: readonly string[],
  seen?: (entity: EntityRecord) => void,
): Promise<Map<string, FactRecord[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) { ${FACTS_OF('e')} RETURN collect(${FACT_WITH_OTHER_PROJECTION}) AS facts }
     RETURN id, facts`,
    { ids: [...new Set(ids)] },
  );
  const out = new Map<string, FactRecord[]>();
  for (const row of rows) {
    const read = (row.facts as Row[]).map(factWithOtherFromRow);
    for (const r of read) seen?.(r.other);
    out.set(
      String(row.id),
      read.map((r) => r.fact),
    );
  }
  return out;
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
