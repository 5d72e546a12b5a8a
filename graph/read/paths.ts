import type { Reader } from './reader';
import {
  DEAL_PROJECTION,
  FACT_PROJECTION,
  dealFromRow,
  dealHop,
  dealUsableFor,
  factFromRow,
  factHop,
  factUsableFor,
  rejectedFor,
} from './hops';
import type { HopRecord } from './hops';
import { ENTITY_PROPS, toEntity } from './records';
import type { EntityRecord } from './records';

/** Hops allowed when the caller does not say, and the most a caller may ask for. */
export const PATH_HOPS_DEFAULT = 4;
export const PATH_HOPS_MAX = 6;

export interface PathRecord {
  entityIds: string[];
  hops: HopRecord[];
  /** The entities on the path, read with it (empty when the path was not read from the graph). */
  entities: EntityRecord[];
}

export interface PathOptions {
  maxHops: number;
  first: number;
  asOf: string | null;
  includeRejected: boolean;
}

/** A node of a path row: a deal has its `dealRow`, an entity its `props` (id included); the other is null. */
interface PathNode {
  dealRow: unknown;
  props: Record<string, unknown> | null;
  labels: unknown;
}

const hopBound = (maxHops: number): number => Math.min(Math.max(1, Math.floor(maxHops)), PATH_HOPS_MAX);

/**
 * Rows `nodes, rels` of the shortest paths from `a` to `b`, at most $first. A deal sits between its parties
 * as a node, so one deal hop is two relationships; the relationship bound is twice the hop bound, an integer
 * clamped here (never user text) because Cypher cannot take it as a parameter. The usability filters sit
 * in the path predicate so the search itself skips rejected or later facts; only the filters the options
 * set are written, and when rejected ones are excluded their `rejected` column is the literal false, so the
 * usual request (no asOf) fits the driver's one-write message (see compact-cypher.ts); `first` is written
 * as a literal for the same reason (a checked integer, 1–20). One path wanted is one `shortestPath` search,
 * which stops at the first shortest path instead of enumerating them all.
 */
const PATHS_MATCH = (hops: number, opts: PathOptions): string => `
     MATCH p = ${opts.first === 1 ? 'shortestPath' : 'allShortestPaths'}((a)-[:COMPETES_WITH|FOUNDED|LEADS|PARTY_IN*..${hops * 2}]-(b))
     WHERE all(n IN nodes(p) WHERE n:Entity OR (n:Deal AND ${dealUsableFor('n', opts)}))
       AND all(r IN relationships(p) WHERE type(r) = 'PARTY_IN' OR ${factUsableFor('r', opts)})
     WITH p LIMIT ${opts.first}
     WITH [n IN nodes(p) | {dealRow: CASE WHEN n:Deal THEN ${DEAL_PROJECTION('n', rejectedFor('n.id', opts))} END,
                            props: CASE WHEN n:Entity THEN ${ENTITY_PROPS('n')} END, labels: labels(n)}] AS nodes,
          [r IN relationships(p) | CASE WHEN type(r) = 'PARTY_IN' THEN null ELSE ${FACT_PROJECTION('r', rejectedFor('r.id', opts))} END] AS rels`;

/** The parameters `PATHS_MATCH` reads: `$asOf`, only when its filter is written. */
const pathParams = (opts: PathOptions): Record<string, unknown> =>
  opts.asOf !== null ? { asOf: opts.asOf } : {};

function pathsFromRows(rows: { nodes: unknown; rels: unknown }[], maxHops: number): PathRecord[] {
  const out: PathRecord[] = [];
  for (const row of rows) {
    const path = toPath(row.nodes as PathNode[], row.rels as unknown[]);
    if (path.hops.length <= maxHops) out.push(path);
  }
  return out.sort((x, y) => x.hops.length - y.hops.length);
}

/** Shortest paths between two entities over facts and deals (see `PATHS_MATCH`). */
export async function shortestPaths(
  reader: Reader,
  fromId: string,
  toId: string,
  opts: PathOptions,
): Promise<PathRecord[]> {
  if (fromId === toId) return [{ entityIds: [fromId], hops: [], entities: [] }];
  const hops = hopBound(opts.maxHops);
  const rows = await reader.read(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) ${PATHS_MATCH(hops, opts)} RETURN nodes, rels`,
    { from: fromId, to: toId, ...pathParams(opts) },
  );
  return pathsFromRows(rows as { nodes: unknown; rels: unknown }[], hops);
}

export interface PathsBetweenIds {
  /** The entities the ids name (following Redirects), null when there is none. */
  from: EntityRecord | null;
  to: EntityRecord | null;
  paths: PathRecord[];
}

/**
 * `shortestPaths` for two entity ids that are resolved in the same query (following Redirects, as
 * `entitiesByIds` does): one round trip for the whole path request.
 */
export async function shortestPathsBetweenIds(
  reader: Reader,
  fromId: string,
  toId: string,
  opts: PathOptions,
): Promise<PathsBetweenIds> {
  const hops = hopBound(opts.maxHops);
  const end = (ref: string, node: string) =>
    `OPTIONAL MATCH (${node}e:Entity {id: ${ref}}) OPTIONAL MATCH (:Redirect {id: ${ref}})-[:TO]->(${node}r:Entity)`;
  const rows = await reader.read(
    `${end('$from', 'a')} WITH coalesce(ae, ar) AS a
     ${end('$to', 'b')} WITH a, coalesce(be, br) AS b
     CALL (a, b) {
       WITH a, b WHERE a <> b
       ${PATHS_MATCH(hops, opts)}
       RETURN collect({nodes: nodes, rels: rels}) AS paths
     }
     RETURN ${ENTITY_PROPS('a')} AS fromProps, labels(a) AS fromLabels,
            ${ENTITY_PROPS('b')} AS toProps, labels(b) AS toLabels, paths`,
    { from: fromId, to: toId, ...pathParams(opts) },
  );
  const row = rows[0];
  const entity = (props: unknown, labels: unknown) =>
    props ? toEntity(props as Record<string, unknown>, labels) : null;
  const from = entity(row?.fromProps, row?.fromLabels);
  const to = entity(row?.toProps, row?.toLabels);
  const paths =
    from && to && from.id === to.id
      ? [{ entityIds: [from.id], hops: [], entities: [from] }]
      : pathsFromRows((row?.paths ?? []) as { nodes: unknown; rels: unknown }[], hops);
  return { from, to, paths };
}

function toPath(nodes: PathNode[], rels: unknown[]): PathRecord {
  const entityIds: string[] = [];
  const entities: EntityRecord[] = [];
  const hops: HopRecord[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (!node.props) continue;
    const id = String(node.props.id);
    entityIds.push(id);
    entities.push(toEntity(node.props, node.labels));
    const next = nodes[i + 1];
    if (!next) break;
    if (next.dealRow) {
      const after = nodes[i + 2]?.props;
      if (after) hops.push(dealHop(id, String(after.id), dealFromRow(next.dealRow)));
    } else {
      hops.push(factHop(id, factFromRow(rels[i])));
    }
  }
  return { entityIds, hops, entities };
}
