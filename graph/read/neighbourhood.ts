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

export const NEIGHBOURHOOD_DEPTH_MAX = 3;
export const NEIGHBOURHOOD_LIMIT_MAX = 200;
/** Edges read per expansion step, relative to the node cap, so one hub cannot flood a step. */
export const EDGES_PER_NODE_CAP = 10;

export interface NeighbourhoodRecord {
  entityIds: string[];
  hops: HopRecord[];
  truncated: boolean;
}

export interface NeighbourhoodOptions {
  depth: number;
  limit: number;
  asOf: string | null;
  includeRejected: boolean;
}

/** Breadth-first, one query per depth level, stopping once `limit` entities (the centre included) are found. */
export async function neighbourhood(
  reader: Reader,
  centerId: string,
  opts: NeighbourhoodOptions,
): Promise<NeighbourhoodRecord> {
  const depth = Math.min(Math.max(0, Math.floor(opts.depth)), NEIGHBOURHOOD_DEPTH_MAX);
  const limit = Math.min(Math.max(1, Math.floor(opts.limit)), NEIGHBOURHOOD_LIMIT_MAX);
  const seen = new Set<string>([centerId]);
  const hopKeys = new Set<string>();
  const hops: HopRecord[] = [];
  let frontier = [centerId];
  let truncated = false;
  for (let level = 0; level < depth && frontier.length > 0; level += 1) {
    const found = await oneHop(reader, frontier, limit * EDGES_PER_NODE_CAP, opts);
    const next: string[] = [];
    for (const hop of found) {
      if (!seen.has(hop.toId)) {
        if (seen.size >= limit) {
          truncated = true;
          continue;
        }
        seen.add(hop.toId);
        next.push(hop.toId);
      }
      const key = [hop.kind, hop.fact?.id ?? hop.deal?.id, ...[hop.fromId, hop.toId].sort()].join('|');
      if (!hopKeys.has(key)) {
        hopKeys.add(key);
        hops.push(hop);
      }
    }
    frontier = next;
  }
  return { entityIds: [...seen], hops, truncated };
}

async function oneHop(
  reader: Reader,
  ids: string[],
  max: number,
  opts: NeighbourhoodOptions,
): Promise<HopRecord[]> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH (e)-[r:COMPETES_WITH|FOUNDED|LEADS]-(o:Entity)
       WHERE ${FACT_USABLE('r')}
       RETURN o.id AS otherId, ${FACT_PROJECTION('r')} AS fact, null AS deal
       UNION
       MATCH (e)-[:PARTY_IN]->(d:Deal)<-[:PARTY_IN]-(o:Entity)
       WHERE o <> e AND ${DEAL_USABLE('d')}
       RETURN o.id AS otherId, null AS fact, ${DEAL_PROJECTION('d')} AS deal
     }
     RETURN id, otherId, fact, deal
     LIMIT $max`,
    { ids, max: cypherInt(max), asOf: opts.asOf, includeRejected: opts.includeRejected },
  );
  return rows.map((r) =>
    r.fact
      ? factHop(String(r.id), factFromRow(r.fact))
      : dealHop(String(r.id), String(r.otherId), dealFromRow(r.deal)),
  );
}
