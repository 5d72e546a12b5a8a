import type { Graph } from '../graph/connection';
import { aliasKey } from '../ingest/resolve/normalize';
import { equivalentQueries } from './equivalent-cypher';
import type { EquivalentQuery } from './equivalent-cypher';

/**
 * The five representative reads, each as a GraphQL operation and as the Cypher one would write by hand
 * for the same answer. Arguments come from the graph being measured (its busiest organisation, a pair
 * four hops apart), never from a list of names.
 */

export interface QueryOperation {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The lean Cypher: the operation's core read, without the API's name resolution, filters and fields. */
  cypher: { text: string; params: Record<string, unknown> };
  /** Hand-written Cypher for the same answer as the GraphQL operation (see equivalent-cypher.ts). */
  equivalent: EquivalentQuery;
}

export interface QueryParameters {
  hubName: string;
  competitorName: string;
  pathFrom: string;
  pathTo: string;
  pathHops: number;
  searchTerm: string;
  /** endCursor of the first page of deals: the measured request reads the second page. */
  dealsAfter: string | null;
}

export class QueryParametersError extends Error {
  readonly code = 'BENCH_QUERY_NO_DATA';
}

/** Hops between the two ends of the path query (issue #5: a 4-hop path). */
export const PATH_HOPS_WANTED = 4;
/** Deals per page in the pagination query. */
export const DEALS_PAGE_SIZE = 20;

const NOT_REJECTED = (id: string) =>
  `NOT EXISTS { MATCH (c:Curation {factId: ${id}}) WHERE c.verdict = 'REJECTED' }`;

async function rows(
  graph: Graph,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const result = await graph.driver.executeQuery(cypher, params, { database: graph.database });
  return result.records.map((r) => r.toObject());
}

/** Path start points tried when looking for two organisations 4 hops apart, busiest first. */
export const PATH_START_CANDIDATES = 50;

/** Undirected adjacency of entity-to-entity hops (a shared deal or a fact). */
export function adjacencyOf(edges: readonly [string, string][]): Map<string, string[]> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const [a, b] of edges) {
    link(a, b);
    link(b, a);
  }
  return adjacent;
}

/** Breadth-first hop counts from `from`, up to `max`. */
export function hopDistances(
  adjacent: ReadonlyMap<string, string[]>,
  from: string,
  max: number,
): Map<string, number> {
  const distance = new Map([[from, 0]]);
  let frontier = [from];
  for (let depth = 1; depth <= max && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, depth);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

/**
 * Two organisations exactly `hops` apart when the graph has such a pair (trying the best-connected
 * organisations as starts), else the farthest-apart pair found; deterministic for a given graph.
 */
export function pathEnds(
  adjacent: ReadonlyMap<string, string[]>,
  hops: number,
): { from: string; to: string; hops: number } | null {
  const starts = [...adjacent.keys()]
    .filter((id) => id.startsWith('org:'))
    .sort((a, b) => (adjacent.get(b)?.length ?? 0) - (adjacent.get(a)?.length ?? 0) || (a < b ? -1 : 1))
    .slice(0, PATH_START_CANDIDATES);
  let best: { from: string; to: string; hops: number } | null = null;
  for (const from of starts) {
    const reached = [...hopDistances(adjacent, from, hops)].filter(
      ([id, d]) => d > 0 && id.startsWith('org:'),
    );
    const farthest = Math.max(0, ...reached.map(([, d]) => d));
    if (farthest === 0 || (best && farthest <= best.hops)) continue;
    const to = reached
      .filter(([, d]) => d === farthest)
      .map(([id]) => id)
      .sort()[0];
    best = { from, to, hops: farthest };
    if (farthest === hops) break;
  }
  return best;
}

/** The busiest organisation, the one with most competitors, and two organisations 4 hops apart. */
export async function pickQueryParameters(graph: Graph): Promise<Omit<QueryParameters, 'dealsAfter'>> {
  const hubRows = await rows(
    graph,
    `MATCH (e:Organization) OPTIONAL MATCH (e)-[p:PARTY_IN]->() WITH e, count(p) AS deals
     OPTIONAL MATCH (e)-[m:MENTIONED_IN]->() RETURN e.id AS id, e.name AS name, deals, count(m) AS mentions
     ORDER BY deals DESC, mentions DESC, id LIMIT 1`,
  );
  if (hubRows.length === 0) throw new QueryParametersError('the graph has no organisation to query');
  const hub = { id: String(hubRows[0].id), name: String(hubRows[0].name) };
  const rivalRows = await rows(
    graph,
    `MATCH (e:Organization)-[f:COMPETES_WITH]-() RETURN e.name AS name, e.id AS id, count(f) AS n ORDER BY n DESC, id LIMIT 1`,
  );
  const edgeRows = await rows(
    graph,
    `MATCH (x:Entity)-[:PARTY_IN]->(:Deal)<-[:PARTY_IN]-(y:Entity) WHERE x.id < y.id RETURN DISTINCT x.id AS a, y.id AS b
     UNION
     MATCH (x:Entity)-[:COMPETES_WITH|FOUNDED|LEADS]-(y:Entity) WHERE x.id < y.id RETURN DISTINCT x.id AS a, y.id AS b`,
  );
  const ends = pathEnds(adjacencyOf(edgeRows.map((r) => [String(r.a), String(r.b)])), PATH_HOPS_WANTED);
  return {
    hubName: hub.name,
    competitorName: rivalRows.length > 0 ? String(rivalRows[0].name) : hub.name,
    pathFrom: ends?.from ?? hub.id,
    pathTo: ends?.to ?? hub.id,
    pathHops: ends?.hops ?? 0,
    searchTerm: hub.name.split(/\s+/)[0],
  };
}

const PARTY_FIELDS = 'parties { role entity { id name } }';
const DEAL_FIELDS = `id kind status date amount currency ${PARTY_FIELDS}`;
const DEAL_PARTIES_CYPHER = `CALL { WITH d MATCH (d)<-[q:PARTY_IN]-(o:Entity) RETURN collect({role: q.role, id: o.id, name: o.name}) AS parties }`;

export function queryOperations(p: QueryParameters): QueryOperation[] {
  const equivalent = equivalentQueries(p, DEALS_PAGE_SIZE, PATH_HOPS_WANTED);
  return leanOperations(p).map((op) => ({ ...op, equivalent: equivalent.get(op.name)! }));
}

function leanOperations(p: QueryParameters): Omit<QueryOperation, 'equivalent'>[] {
  return [
    {
      name: 'entity_deals',
      graphql: {
        query: `query ($name: String!) { organization(name: $name) { id name aliases deals(first: 20) { role deal { ${DEAL_FIELDS} } } } }`,
        variables: { name: p.hubName },
      },
      cypher: {
        text: `MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Organization) WITH e ORDER BY e.id LIMIT 1
          CALL { WITH e OPTIONAL MATCH (e)-[p:PARTY_IN]->(d:Deal) WHERE ${NOT_REJECTED('d.id')}
                 WITH p, d ORDER BY d.date DESC LIMIT 20 ${DEAL_PARTIES_CYPHER}
                 RETURN collect({role: p.role, deal: d {.id, .kind, .status, .date, .amount, .currency}, parties: parties}) AS deals }
          RETURN e.id AS id, e.name AS name, e.aliases AS aliases, deals`,
        params: { key: aliasKey(p.hubName) },
      },
    },
    {
      name: 'deals_page',
      graphql: {
        query: `query ($after: String) { deals(filter: { kind: ACQUISITION }, sort: AMOUNT_DESC, first: ${DEALS_PAGE_SIZE}, after: $after) {
          totalCount edges { cursor node { ${DEAL_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
        variables: { after: p.dealsAfter },
      },
      cypher: {
        // Deals without an amount last, as the API sorts them (a bare DESC would put Cypher's nulls first).
        // The count and the page are two subqueries: no list of every acquisition is built.
        text: `CALL () { MATCH (d:Deal {kind: 'ACQUISITION'}) WHERE ${NOT_REJECTED('d.id')} RETURN count(d) AS total }
          CALL () { MATCH (d:Deal {kind: 'ACQUISITION'}) WHERE ${NOT_REJECTED('d.id')}
                    RETURN d ORDER BY d.amount IS NULL, d.amount DESC, d.id SKIP ${DEALS_PAGE_SIZE} LIMIT ${DEALS_PAGE_SIZE} }
          ${DEAL_PARTIES_CYPHER}
          RETURN total, d {.id, .kind, .status, .date, .amount, .currency} AS deal, parties`,
        params: {},
      },
    },
    {
      name: 'competitors',
      graphql: {
        query: `query ($name: String!) { organization(name: $name) { id competitors { entity { id name } fact { id firstReported } } } }`,
        variables: { name: p.competitorName },
      },
      cypher: {
        text: `MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Organization) WITH e ORDER BY e.id LIMIT 1
          OPTIONAL MATCH (e)-[f:COMPETES_WITH]-(o:Entity) WHERE ${NOT_REJECTED('f.id')}
          RETURN e.id AS id, collect({id: o.id, name: o.name, fact: f.id, firstReported: f.firstReported}) AS competitors`,
        params: { key: aliasKey(p.competitorName) },
      },
    },
    {
      name: 'path_4hop',
      graphql: {
        query: `query ($from: String!, $to: String!) { paths(from: $from, to: $to, maxHops: ${PATH_HOPS_WANTED}, first: 1) {
          length entities { id name } hops { kind } } }`,
        variables: { from: p.pathFrom, to: p.pathTo },
      },
      cypher: {
        // A deal is one hop but two relationships (entity → deal ← entity), hence twice the hop bound.
        text: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
          MATCH path = shortestPath((a)-[:COMPETES_WITH|FOUNDED|LEADS|PARTY_IN*..${2 * PATH_HOPS_WANTED}]-(b))
          RETURN [n IN nodes(path) | n {.id, .name, .kind}] AS nodes, [r IN relationships(path) | type(r)] AS hops`,
        params: { from: p.pathFrom, to: p.pathTo },
      },
    },
    {
      name: 'search',
      graphql: {
        query: `query ($q: String!) { search(query: $q, first: 10) { score entity { id name type } } }`,
        variables: { q: p.searchTerm },
      },
      cypher: {
        text: `CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
          RETURN node.id AS id, node.name AS name, labels(node) AS labels, score ORDER BY score DESC LIMIT 10`,
        params: { lucene: luceneFor(p.searchTerm) },
      },
    },
  ];
}

/** The term as typed, as a prefix and fuzzily, with Lucene syntax characters escaped. */
export function luceneFor(term: string): string {
  const t = term.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
  return `${t}^3 OR ${t}* OR ${t}~`;
}
