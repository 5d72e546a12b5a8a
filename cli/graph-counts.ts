import type { Graph } from '../graph/connection';
import { runRead } from '../graph/connection';

export interface EntityAndDealCounts {
  entities: number;
  deals: number;
}

/** Entity and Deal nodes in the graph; label counts come from Neo4j's count store, so this is cheap. */
export async function countEntitiesAndDeals(graph: Graph): Promise<EntityAndDealCounts> {
  const [row] = await runRead(
    graph,
    `CALL { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL { MATCH (d:Deal) RETURN count(d) AS deals }
     RETURN entities, deals`,
  );
  return { entities: Number(row?.entities ?? 0), deals: Number(row?.deals ?? 0) };
}
