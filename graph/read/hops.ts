import { NOT_REJECTED } from './deal-filter';
import { DEAL_PROPS, toDeal, toFact } from './records';
import type { DealRecord, FactRecord } from './records';

/** One step between two entities: a fact relationship, or a deal both take part in. */
export interface HopRecord {
  fromId: string;
  toId: string;
  /** Fact type or deal kind. */
  kind: string;
  fact: FactRecord | null;
  deal: DealRecord | null;
}

/**
 * Predicates for facts (`r`) and deals (`d`) that a graph walk may use: not rejected unless asked for, and
 * not reported or dated after `$asOf`. Both read the `$asOf` and `$includeRejected` parameters.
 */
export const FACT_USABLE = (r: string): string =>
  `(($asOf IS NULL OR ${r}.firstReported IS NULL OR ${r}.firstReported <= $asOf) AND ($includeRejected OR ${NOT_REJECTED(`${r}.id`)}))`;
export const DEAL_USABLE = (d: string): string =>
  `(($asOf IS NULL OR ((${d}.date IS NULL OR ${d}.date <= $asOf) AND (${d}.firstReported IS NULL OR ${d}.firstReported <= $asOf))) AND ($includeRejected OR ${NOT_REJECTED(`${d}.id`)}))`;

/** Cypher projection of a fact relationship `r`, read back by `factFromRow`. */
export const FACT_PROJECTION = (r: string): string =>
  `{type: type(${r}), s: startNode(${r}).id, t: endNode(${r}).id, props: properties(${r}), rejected: NOT (${NOT_REJECTED(`${r}.id`)})}`;
/** Cypher projection of a deal node `d`, read back by `dealFromRow`. */
export const DEAL_PROJECTION = (d: string): string =>
  `{props: ${DEAL_PROPS(d)}, rejected: NOT (${NOT_REJECTED(`${d}.id`)})}`;

interface FactRow {
  type: string;
  s: string;
  t: string;
  props: Record<string, unknown>;
  rejected: boolean;
}
interface DealRow {
  props: Record<string, unknown>;
  rejected: boolean;
}

export function factFromRow(row: unknown): FactRecord {
  const r = row as FactRow;
  return toFact(r.type, r.s, r.t, r.props, r.rejected);
}

export function dealFromRow(row: unknown): DealRecord {
  const r = row as DealRow;
  return toDeal(r.props, r.rejected);
}

export function factHop(fromId: string, fact: FactRecord): HopRecord {
  const toId = fact.sourceId === fromId ? fact.targetId : fact.sourceId;
  return { fromId, toId, kind: fact.type, fact, deal: null };
}

export function dealHop(fromId: string, toId: string, deal: DealRecord): HopRecord {
  return { fromId, toId, kind: deal.kind, fact: null, deal };
}
