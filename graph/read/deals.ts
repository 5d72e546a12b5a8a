import type { Reader } from './reader';
import { cypherInt, group } from './reader';
import { NOT_REJECTED } from './deal-filter';
import { DEAL_PROPS, toDeal, toReport } from './records';
import type { DealRecord, EvidenceRecord, ParticipationRecord, PartyRecord } from './records';

/** Deals read per entity at most; beyond this a single entity's deal list is cut. */
export const DEALS_PER_ENTITY_MAX = 1000;

const DEAL_FIELDS = `${DEAL_PROPS('d')} AS props, NOT (${NOT_REJECTED('d.id')}) AS rejected`;

export async function dealsByIds(reader: Reader, ids: readonly string[]): Promise<Map<string, DealRecord>> {
  const rows = await reader.read(`UNWIND $ids AS id MATCH (d:Deal {id: id}) RETURN id, ${DEAL_FIELDS}`, {
    ids: [...new Set(ids)],
  });
  return new Map(rows.map((r) => [String(r.id), toDeal(r.props as Record<string, unknown>, r.rejected)]));
}

/** Every party of each deal. */
export async function partiesByDealIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, PartyRecord[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     MATCH (e:Entity)-[p:PARTY_IN]->(:Deal {id: id})
     RETURN id, p.role AS role, e.id AS entityId ORDER BY role, entityId`,
    { ids: [...new Set(ids)] },
  );
  return group(rows, (r) => ({ role: String(r.role), entityId: String(r.entityId) }));
}

/** One report per article that stated the deal, oldest article first. */
export async function reportsByDealIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, EvidenceRecord[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     MATCH (:Deal {id: id})-[r:REPORTED_IN]->(a:Article)
     RETURN id, properties(r) AS props, a.id AS articleId ORDER BY a.published, a.id`,
    { ids: [...new Set(ids)] },
  );
  return group(rows, (r) => toReport(r.props as Record<string, unknown>, r.articleId));
}

/** The deals each entity takes part in, with its role; filtering by kind, role and date happens in memory. */
export async function participationsByEntityIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, ParticipationRecord[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     CALL (id) {
       MATCH (:Entity {id: id})-[p:PARTY_IN]->(d:Deal)
       RETURN p.role AS role, ${DEAL_FIELDS}
       ORDER BY d.date DESC, d.id
       LIMIT $max
     }
     RETURN id, role, props, rejected`,
    { ids: [...new Set(ids)], max: cypherInt(DEALS_PER_ENTITY_MAX) },
  );
  return group(rows, (r) => ({
    role: String(r.role),
    deal: toDeal(r.props as Record<string, unknown>, r.rejected),
  }));
}

/** Deals reported by each article. */
export async function dealsByArticleIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, DealRecord[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     MATCH (d:Deal)-[:REPORTED_IN]->(:Article {id: id})
     RETURN id, ${DEAL_FIELDS} ORDER BY d.date DESC, d.id`,
    { ids: [...new Set(ids)] },
  );
  return group(rows, (r) => toDeal(r.props as Record<string, unknown>, r.rejected));
}
