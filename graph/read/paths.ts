import type { Reader } from './reader';
import { cypherInt } from './reader';
import {
  DEAL_PROJECTION,
  DEAL_USABLE,
  FACT_PROJECTION,
  FACT_USABLE,
  dealFromRow,
  dealHop,
  factFromRow,
  factHop,
} from './hops';
import type { HopRecord } from './hops';

/** Hops allowed when the caller does not say, and the most a caller may ask for. */
export const PATH_HOPS_DEFAULT = 4;
export const PATH_HOPS_MAX = 6;

export interface PathRecord {
  entityIds: string[];
  hops: HopRecord[];
}

export interface PathOptions {
  maxHops: number;
  first: number;
  asOf: string | null;
  includeRejected: boolean;
}

interface PathNode {
  deal: boolean;
  id: string;
  dealRow: unknown;
}

/**
 * Shortest paths between two entities over facts and deals. A deal sits between its parties as a node, so
 * one deal hop is two relationships; the relationship bound is twice the hop bound, an integer clamped here
 * (never user text) because Cypher cannot take it as a parameter.
 */
export async function shortestPaths(
  reader: Reader,
  fromId: string,
  toId: string,
  opts: PathOptions,
): Promise<PathRecord[]> {
  if (fromId === toId) return [{ entityIds: [fromId], hops: [] }];
  const hops = Math.min(Math.max(1, Math.floor(opts.maxHops)), PATH_HOPS_MAX);
  const rels = hops * 2;
  const rows = await reader.read(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[:COMPETES_WITH|FOUNDED|LEADS|PARTY_IN*..${rels}]-(b))
     WHERE all(n IN nodes(p) WHERE n:Entity OR (n:Deal AND ${DEAL_USABLE('n')}))
       AND all(r IN relationships(p) WHERE type(r) = 'PARTY_IN' OR ${FACT_USABLE('r')})
     RETURN [n IN nodes(p) | {deal: n:Deal, id: n.id, dealRow: CASE WHEN n:Deal THEN ${DEAL_PROJECTION('n')} END}] AS nodes,
            [r IN relationships(p) | CASE WHEN type(r) = 'PARTY_IN' THEN null ELSE ${FACT_PROJECTION('r')} END] AS rels
     LIMIT $first`,
    {
      from: fromId,
      to: toId,
      first: cypherInt(opts.first),
      asOf: opts.asOf,
      includeRejected: opts.includeRejected,
    },
  );
  const out: PathRecord[] = [];
  for (const row of rows) {
    const path = toPath(row.nodes as PathNode[], row.rels as unknown[]);
    if (path.hops.length <= hops) out.push(path);
  }
  return out.sort((x, y) => x.hops.length - y.hops.length);
}

function toPath(nodes: PathNode[], rels: unknown[]): PathRecord {
  const entityIds: string[] = [];
  const hops: HopRecord[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (node.deal) continue;
    entityIds.push(node.id);
    const next = nodes[i + 1];
    if (!next) break;
    if (next.deal) {
      const after = nodes[i + 2];
      if (after) hops.push(dealHop(node.id, after.id, dealFromRow(next.dealRow)));
    } else {
      hops.push(factHop(node.id, factFromRow(rels[i])));
    }
  }
  return { entityIds, hops };
}
