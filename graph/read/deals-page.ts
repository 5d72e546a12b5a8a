import type { Reader, Row } from './reader';
import { cypherInt } from './reader';
import { PARTIES_PROJECTION, dealWithPartiesFromRow } from './entity-deals';
import type { DealWithParties } from './entity-deals';
import { NOT_REJECTED, dealOrder, dealWhere, sortKey } from './deal-filter';
import type { DealFilterInput, DealSortName } from './deal-filter';
import { DEAL_PROPS } from './records';
import type { DealRecord } from './records';

export interface DealPage {
  totalCount: number;
  deals: DealRecord[];
  /** The same deals with their parties, read in the same query so callers can prime their caches. */
  withParties: DealWithParties[];
}

/** One page entry: the deal, whether a curator rejected it, and its parties (read by `dealWithPartiesFromRow`). */
const PAGE_ENTRY = (d: string): string =>
  `{props: ${DEAL_PROPS(d)}, rejected: NOT (${NOT_REJECTED(`${d}.id`)}), parties: ${PARTIES_PROJECTION(d)}}`;

/**
 * Filters that pick out few deals (a party, an article): for those, finding the matches first and sorting
 * them beats walking a sort index; every other filter keeps most deals and walks the index.
 */
const isNarrow = (filter: DealFilterInput): boolean => Boolean(filter.partyIds) || Boolean(filter.articleId);

/**
 * A page of deals matching `filter`, in `sort` order, and how many match in all. The count and the page
 * are one query. The rejection check is a subquery per deal, so it is left out of the count (rejected
 * matches are counted apart, from the few REJECTED curations) and run on the sorted deals only until the
 * page is full.
 */
export async function dealsPage(
  reader: Reader,
  filter: DealFilterInput,
  sort: DealSortName | null,
  offset: number,
  limit: number,
): Promise<DealPage> {
  const { where, params } = dealWhere({ ...filter, includeRejected: true });
  const live = filter.includeRejected ? '' : `WITH d WHERE ${NOT_REJECTED('d.id')}`;
  const rejectedCount = filter.includeRejected
    ? 'RETURN 0 AS rejected'
    : `MATCH (c:Curation {verdict: 'REJECTED'}) MATCH (d:Deal {id: c.factId}) ${where} RETURN count(d) AS rejected`;
  const page = isNarrow(filter) ? sortedMatches(where, live, sort) : indexOrdered(where, live, sort);
  const rows = await reader.read(
    `CALL () { MATCH (d:Deal) ${where} RETURN count(d) AS matching }
     CALL () { ${rejectedCount} }
     ${page}
     RETURN matching - rejected AS total, [d IN ranked[$offset..] | ${PAGE_ENTRY('d')}] AS page`,
    { ...params, offset: cypherInt(offset), need: cypherInt(offset + limit) },
  );
  const row = rows[0] ?? { total: 0, page: [] };
  const withParties = ((row.page as Row[]) ?? []).map(dealWithPartiesFromRow);
  return { totalCount: Number(row.total ?? 0), deals: withParties.map((d) => d.deal), withParties };
}

/** `ranked`: the first $need matches, found first and then sorted (narrow filters). */
function sortedMatches(where: string, live: string, sort: DealSortName | null): string {
  return `CALL () {
       MATCH (d:Deal) ${where}
       WITH d ${dealOrder(sort)}
       ${live}
       WITH d LIMIT $need
       RETURN collect(d) AS ranked
     }`;
}

/**
 * `ranked`: the first $need matches read in order from the range index of the sort property, so only as
 * many deals as the page needs are touched instead of sorting every match (the Top of a full sort is what
 * made a deep list slow on a large graph). The index hint holds because the WHERE starts with the property
 * IS NOT NULL. Deals without the property follow, in id order; they are only read (found and sorted the
 * ordinary way) when the first walk did not fill the page, hence the UNWIND gate: a WHERE there would be
 * pushed by the planner into the scan's filter, and the scan would run anyway.
 */
function indexOrdered(where: string, live: string, sort: DealSortName | null): string {
  const { prop, dir } = sortKey(sort);
  const rest = where ? `AND ${where.slice('WHERE '.length)}` : '';
  return `CALL () {
       MATCH (d:Deal) USING INDEX d:Deal(${prop}) WHERE d.${prop} IS NOT NULL ${rest}
       WITH d ORDER BY d.${prop} ${dir}, d.id
       ${live}
       WITH d LIMIT $need
       RETURN collect(d) AS keyed
     }
     CALL (keyed) {
       UNWIND CASE WHEN size(keyed) < $need THEN [true] ELSE [] END AS pageNotFull
       MATCH (d:Deal) WHERE d.${prop} IS NULL ${rest}
       WITH d ORDER BY d.id
       ${live}
       WITH d LIMIT $need
       RETURN collect(d) AS unkeyed
     }
     WITH matching, rejected, (keyed + unkeyed)[..$need] AS ranked`;
}
