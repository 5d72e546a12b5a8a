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

/** Which deals and facts a walk may use: `FACT_USABLE` and `DEAL_USABLE` with their parameters fixed. */
interface UsableOptions {
  asOf: string | null;
  includeRejected: boolean;
}

/**
 * `FACT_USABLE` with only the filters `opts` sets written (reading `$asOf` only when set): the same rows,
 * a shorter text. An unset filter spelt as `$asOf IS NULL OR …` is what pushed the path query past the
 * driver's one-write message size (see compact-cypher.ts).
 */
export const factUsableFor = (r: string, opts: UsableOptions): string =>
  usable([
    opts.asOf !== null ? `(${r}.firstReported IS NULL OR ${r}.firstReported <= $asOf)` : null,
    opts.includeRejected ? null : NOT_CURATED_REJECTED(`${r}.id`),
  ]);
/** `DEAL_USABLE` written for `opts`, as `factUsableFor`. */
export const dealUsableFor = (d: string, opts: UsableOptions): string =>
  usable([
    opts.asOf !== null
      ? `(${d}.date IS NULL OR ${d}.date <= $asOf) AND (${d}.firstReported IS NULL OR ${d}.firstReported <= $asOf)`
      : null,
    opts.includeRejected ? null : NOT_CURATED_REJECTED(`${d}.id`),
  ]);
/** `NOT_REJECTED` as a pattern predicate: the same test in fewer bytes. */
const NOT_CURATED_REJECTED = (id: string): string =>
  `NOT EXISTS { (:Curation {factId: ${id}, verdict: 'REJECTED'}) }`;
const usable = (filters: (string | null)[]): string => {
  const set = filters.filter((f) => f !== null);
  return set.length > 0 ? `(${set.join(' AND ')})` : 'true';
};

/**
 * The `rejected` column of a fact or deal a walk returns: looked up, or the literal `false` when the walk
 * only admitted deals and facts that are not rejected (`includeRejected` off), which is then its value.
 */
export const rejectedFor = (id: string, opts: UsableOptions): string =>
  opts.includeRejected ? `NOT (${NOT_REJECTED(id)})` : 'false';

/** Cypher projection of a fact relationship `r`, read back by `factFromRow`. */
export const FACT_PROJECTION = (r: string, rejected = `NOT (${NOT_REJECTED(`${r}.id`)})`): string =>
  `{type: type(${r}), s: startNode(${r}).id, t: endNode(${r}).id, props: properties(${r}), rejected: ${rejected}}`;
/** Cypher projection of a deal node `d`, read back by `dealFromRow`. */
export const DEAL_PROJECTION = (d: string, rejected = `NOT (${NOT_REJECTED(`${d}.id`)})`): string =>
  `{props: ${DEAL_PROPS(d)}, rejected: ${rejected}}`;

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
