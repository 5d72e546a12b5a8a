import type { Reader, Row } from './reader';
import { cypherInt } from './reader';
import { NOT_REJECTED } from './deal-filter';
import { DEAL_PROPS, ENTITY_PROPS, toDeal, toEntity } from './records';
import type { DealRecord, EntityRecord, ParticipationRecord, PartyRecord } from './records';

/**
 * A deal as read for a list, together with its parties and their entities, so that a page of deals and
 * the names of everyone in them come back in the one round trip that found the deals.
 */
export interface DealWithParties {
  deal: DealRecord;
  parties: PartyRecord[];
  entities: EntityRecord[];
}

export interface ParticipationWithParties extends ParticipationRecord {
  parties: PartyRecord[];
  entities: EntityRecord[];
}

/** Filters of `Entity.deals`, applied in Cypher so only the requested page leaves the database. */
export interface EntityDealsArgs {
  role: string | null;
  kind: string | null;
  /** Already an `asOfBound`. */
  asOf: string | null;
  includeRejected: boolean;
  first: number;
}

/**
 * Cypher map projection of every party of deal `d`, with the party entity's properties; used as
 * `... AS parties` next to a deal.
 */
export const PARTIES_PROJECTION = (d: string): string =>
  `[(pe:Entity)-[pq:PARTY_IN]->(${d}) | {role: pq.role, props: ${ENTITY_PROPS('pe')}, labels: labels(pe)}]`;

interface PartyRow {
  role: unknown;
  props: Record<string, unknown>;
  labels: unknown;
}

/** Parties in the order `partiesByDealIds` gives them (role, then entity id), plus their entities. */
export function partiesFromRows(rows: unknown): { parties: PartyRecord[]; entities: EntityRecord[] } {
  const entities = ((rows as PartyRow[] | null) ?? []).map((r) => ({
    role: String(r.role),
    entity: toEntity(r.props, r.labels),
  }));
  entities.sort((a, b) =>
    a.role !== b.role ? (a.role < b.role ? -1 : 1) : a.entity.id < b.entity.id ? -1 : 1,
  );
  return {
    parties: entities.map((e) => ({ role: e.role, entityId: e.entity.id })),
    entities: entities.map((e) => e.entity),
  };
}

/** One deal row (`props`, `rejected`, `parties` columns) as a deal with its parties. */
export function dealWithPartiesFromRow(row: Row): DealWithParties {
  return {
    deal: toDeal(row.props as Record<string, unknown>, row.rejected),
    ...partiesFromRows(row.parties),
  };
}

/**
 * Rows `role, d, rejected` of the deals of entity `e` that pass `args`, newest first, at most $first; the
 * body of a `CALL (e) { … }`, with the parameters of `entityDealsParams(args)`. Only the filters that are
 * set are written: an unset one (`$role IS NULL OR …`) selects the same rows, but its text pushed the API's
 * usual lookups past the driver's one-write message size (see compact-cypher.ts).
 */
export const ENTITY_DEALS_PAGE = (e: string, args: EntityDealsArgs): string => {
  const filters = [
    args.role !== null ? 'p.role = $role' : null,
    args.kind !== null ? 'd.kind = $kind' : null,
    args.asOf !== null
      ? '(d.date IS NULL OR d.date <= $asOf) AND (d.firstReported IS NULL OR d.firstReported <= $asOf)'
      : null,
  ].filter((f) => f !== null);
  return `
  MATCH (${e})-[p:PARTY_IN]->(d:Deal)
  ${filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : ''}
  WITH p, d, NOT (${NOT_REJECTED('d.id')}) AS rejected
  WHERE $includeRejected OR NOT rejected
  WITH p, d, rejected ORDER BY d.date DESC, d.id LIMIT $first`;
};

/** Map projection of one row of `ENTITY_DEALS_PAGE`, read back by `participationFromRow`. */
export const PARTICIPATION_PROJECTION = `{role: p.role, props: ${DEAL_PROPS('d')}, rejected: rejected, parties: ${PARTIES_PROJECTION('d')}}`;

/** The parameters `ENTITY_DEALS_PAGE(e, args)` reads, and only those. */
export const entityDealsParams = (args: EntityDealsArgs): Record<string, unknown> => ({
  ...(args.role !== null ? { role: args.role } : {}),
  ...(args.kind !== null ? { kind: args.kind } : {}),
  ...(args.asOf !== null ? { asOf: args.asOf } : {}),
  includeRejected: args.includeRejected,
  first: cypherInt(args.first),
});

export const participationFromRow = (row: Row): ParticipationWithParties => ({
  role: String(row.role),
  ...dealWithPartiesFromRow(row),
});

/**
 * The deals each entity takes part in that pass the filters, newest first (as `participationsByEntityIds`
 * orders them), at most `first` per entity, each with its parties.
 */
export async function dealsOfEntities(
  reader: Reader,
  ids: readonly string[],
  args: EntityDealsArgs,
): Promise<Map<string, ParticipationWithParties[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) { ${ENTITY_DEALS_PAGE('e', args)} RETURN collect(${PARTICIPATION_PROJECTION}) AS deals }
     RETURN id, deals`,
    { ids: [...new Set(ids)], ...entityDealsParams(args) },
  );
  return new Map(rows.map((r) => [String(r.id), (r.deals as Row[]).map(participationFromRow)]));
}
