import type { Reader, Row } from './reader';
import { PARTIES_PROJECTION, dealWithPartiesFromRow } from './entity-deals';
import type { DealWithParties } from './entity-deals';
import { cypherInt, group } from './reader';
import { NOT_REJECTED, dealOrder, dealWhere } from './deal-filter';
import type { DealFilterInput, DealSortName } from './deal-filter';
import { toDeal, toReport } from './records';
import type { DealRecord, EvidenceRecord, ParticipationRecord, PartyRecord } from './records';

/** Deals read per entity at most; beyond this a single entity's deal list is cut. */
export const DEALS_PER_ENTITY_MAX = 1000;

const DEAL_FIELDS = `properties(d) AS props, NOT (${NOT_REJECTED('d.id')}) AS rejected`;

export async function dealsByIds(reader: Reader, ids: readonly string[]): Promise<Map<string, DealRecord>> {
  const rows = await reader.read(`UNWIND $ids AS id MATCH (d:Deal {id: id}) RETURN id, ${DEAL_FIELDS}`, {
    ids: [...new Set(ids)],
  });
  return new Map(rows.map((r) => [String(r.id), toDeal(r.props as Record<string, unknown>, r.rejected)]));
}

export interface DealPage {
  totalCount: number;
  deals: DealRecord[];
  /** The same deals with their parties, read in the same query so callers can prime their caches. */
  withParties: DealWithParties[];
}

export async function dealsPage(
  reader: Reader,
  filter: DealFilterInput,
  sort: DealSortName | null,
  offset: number,
  limit: number,
): Promise<DealPage> {
  // The filters without the rejection check: that check is a subquery per deal, so it is left out of the
  // count (rejected matches are counted apart, from the few REJECTED curations) and run on the sorted
  // deals only until the page is full.
  const { where, params } = dealWhere({ ...filter, includeRejected: true });
  const live = filter.includeRejected ? '' : `WITH d WHERE ${NOT_REJECTED('d.id')}`;
  const rejectedCount = filter.includeRejected
    ? 'RETURN 0 AS rejected'
    : `MATCH (c:Curation {verdict: 'REJECTED'}) MATCH (d:Deal {id: c.factId}) ${where} RETURN count(d) AS rejected`;
  const rows = await reader.read(
    `CALL () { MATCH (d:Deal) ${where} RETURN count(d) AS matching }
     CALL () { ${rejectedCount} }
     CALL () {
       MATCH (d:Deal) ${where}
       WITH d ${dealOrder(sort)}
       ${live}
       WITH d SKIP $offset LIMIT $limit
       RETURN collect({props: properties(d), rejected: NOT (${NOT_REJECTED('d.id')}),
                       parties: ${PARTIES_PROJECTION('d')}}) AS page
     }
     RETURN matching - rejected AS total, page`,
    { ...params, offset: cypherInt(offset), limit: cypherInt(limit) },
  );
  const row = rows[0] ?? { total: 0, page: [] };
  const withParties = ((row.page as Row[]) ?? []).map(dealWithPartiesFromRow);
  return { totalCount: Number(row.total ?? 0), deals: withParties.map((d) => d.deal), withParties };
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
