import { aliasKey, entityKey } from '../ingest/resolve/normalize';
import { decodeCursor, encodeCursor } from '../server/resolvers/args';
import {
  ENTITY_NAMES_INDEX,
  EXACT_MATCH_SCORE,
  PREFIX_MATCH_BASE_SCORE,
  PREFIX_MATCH_SPAN_SCORE,
  PREFIX_MIN_CHARS,
  luceneQueryFor,
} from '../graph/read/search';
import { cypherInt } from '../graph/read/reader';
import type { QueryParameters } from './query-operations';

/**
 * The Cypher an engineer would write by hand for the *same answer* each GraphQL operation returns: the
 * same rows, fields and order, with the API's name resolution (alias keys, ids, redirects, the most
 * mentioned of several namesakes), its curation filter on every deal and fact (paths included), its
 * empty-page and missing-amount rules, and search's three branches. Each query is one statement, written
 * for speed, and `toData` turns its rows into the GraphQL response's `data` (client-side shaping the
 * driver's caller would do anyway). tests/integration/api/bench-equivalent.test.ts proves the equality.
 */
export interface EquivalentQuery {
  text: string;
  params: Record<string, unknown>;
  toData(rows: Record<string, unknown>[]): Record<string, unknown>;
}

const LIVE = (id: string) => `NOT EXISTS { MATCH (c:Curation {factId: ${id}}) WHERE c.verdict = 'REJECTED' }`;

/**
 * `e`: the organisation a name means. Its entity id, an alias key or a redirect may name it; when several
 * do, the id match wins, then the most mentioned (mentions are only summed when there is a choice). The id
 * is unique on :Entity, not on :Organization: matched as `(e:Organization {id})` the planner scanned every
 * organisation (2,951 db hits at 1k stories, ~50 ms at 100k), so the id is sought on :Entity and the label
 * checked after.
 */
const ORGANIZATION_NAMED = `CALL () {
    MATCH (e:Entity {id: $id}) WHERE e:Organization RETURN e
    UNION MATCH (:Alias {key: $key})-[:ALIAS_OF]->(e:Organization) RETURN e
    UNION MATCH (:Redirect {id: $id})-[:TO]->(e:Organization) RETURN e }
  WITH collect(e) AS found UNWIND found AS e
  CALL (e, found) { UNWIND CASE WHEN size(found) > 1 THEN [1] ELSE [] END AS contested
    OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Article) RETURN sum(coalesce(m.count, 1)) AS weight }
  WITH e ORDER BY e.id = $id DESC, weight DESC, e.id LIMIT 1`;

const nameParams = (name: string) => ({ id: entityKey(name, 'Organization'), key: aliasKey(name) });

/** Parties of deal `d` as the API lists them: by role, then entity id. */
const PARTIES = (d: string) =>
  `COLLECT { MATCH (pe:Entity)-[pq:PARTY_IN]->(${d}) WITH pq, pe ORDER BY pq.role, pe.id
     RETURN {role: pq.role, entity: {id: pe.id, name: coalesce(pe.name, pe.id)}} }`;
const DEAL = (d: string) =>
  `${d} {.id, .kind, status: toUpper(${d}.status), .date, .amount, .currency, parties: ${PARTIES(d)}}`;

const first = (rows: Record<string, unknown>[]) => rows[0] ?? null;

/** The offset the API reads after `cursor`; a cursor it would refuse reads as the first page. */
function pageOffset(cursor: string | null): number {
  try {
    return decodeCursor(cursor);
  } catch {
    return 0;
  }
}

export function equivalentQueries(
  p: QueryParameters,
  dealsPageSize: number,
  pathHops: number,
): Map<string, EquivalentQuery> {
  const offset = pageOffset(p.dealsAfter);
  const need = offset + dealsPageSize;
  const key = aliasKey(p.searchTerm);
  const prefix = key.length >= PREFIX_MIN_CHARS;
  return new Map<string, EquivalentQuery>([
    [
      'entity_deals',
      {
        text: `${ORGANIZATION_NAMED}
          RETURN e.id AS id, coalesce(e.name, e.id) AS name, coalesce(e.aliases, []) AS aliases,
            COLLECT { MATCH (e)-[r:PARTY_IN]->(d:Deal) WHERE ${LIVE('d.id')}
              WITH r, d ORDER BY d.date DESC, d.id LIMIT $first
              RETURN {role: r.role, deal: ${DEAL('d')}} } AS deals`,
        params: { ...nameParams(p.hubName), first: cypherInt(dealsPageSize) },
        toData: (rows) => ({ organization: first(rows) }),
      },
    ],
    [
      'deals_page',
      {
        // The total is every acquisition less the rejected ones (curations are few, one per fact at most).
        // The page walks the amount index from the top and checks rejection only on the deals it reaches,
        // stopping once the page is full; unpriced deals (last, in id order) are read only when the priced
        // ones run out before it, and checked likewise only until the page is full. Sorting every
        // acquisition with a rejection check on each was ~60 ms at 100k stories. Page bounds are integers
        // written into the text (Neo4j 5 folds SKIP + LIMIT given as parameters inside a subquery into a
        // float and refuses it).
        text: `CALL () { MATCH (d:Deal {kind: 'ACQUISITION'}) RETURN count(d) AS acquisitions }
          CALL () { MATCH (c:Curation {verdict: 'REJECTED'}) MATCH (d:Deal {id: c.factId, kind: 'ACQUISITION'})
            RETURN count(d) AS rejected }
          CALL () { MATCH (d:Deal) USING INDEX d:Deal(amount) WHERE d.amount IS NOT NULL AND d.kind = 'ACQUISITION'
            WITH d ORDER BY d.amount DESC, d.id WITH d WHERE ${LIVE('d.id')} WITH d LIMIT ${need}
            RETURN collect(d) AS priced }
          CALL (priced) { UNWIND CASE WHEN size(priced) < ${need} THEN [1] ELSE [] END AS short
            MATCH (d:Deal {kind: 'ACQUISITION'}) WHERE d.amount IS NULL
            WITH d ORDER BY d.id WITH d WHERE ${LIVE('d.id')} WITH d LIMIT ${need} RETURN collect(d) AS unpriced }
          CALL (priced, unpriced) { UNWIND (priced + unpriced)[${offset}..${need}] AS d
            RETURN collect(${DEAL('d')}) AS page }
          RETURN acquisitions - rejected AS total, page`,
        params: { offset, first: cypherInt(dealsPageSize) },
        toData: (rows) => {
          const row = first(rows) ?? { total: 0, page: [] };
          const total = Number(row.total);
          const page = row.page as unknown[];
          const edges = page.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
          return {
            deals: {
              totalCount: total,
              edges,
              pageInfo: {
                hasNextPage: offset + page.length < total,
                endCursor: edges[edges.length - 1]?.cursor ?? null,
              },
            },
          };
        },
      },
    ],
    [
      'competitors',
      {
        text: `${ORGANIZATION_NAMED}
          RETURN e.id AS id, COLLECT { MATCH (e)-[f:COMPETES_WITH]-(o:Entity) WHERE ${LIVE('f.id')}
            WITH f, o ORDER BY f.firstReported, f.id
            RETURN {entity: {id: o.id, name: coalesce(o.name, o.id)}, fact: f {.id, .firstReported}} } AS competitors`,
        params: nameParams(p.competitorName),
        toData: (rows) => ({ organization: first(rows) }),
      },
    ],
    [
      'path_4hop',
      {
        // A deal hop is two relationships (entity → deal ← entity), hence twice the hop bound; a path of
        // more hops than asked (facts are one relationship each) is no answer. Ids may be redirected.
        text: `OPTIONAL MATCH (a0:Entity {id: $from}) OPTIONAL MATCH (:Redirect {id: $from})-[:TO]->(a1:Entity)
          OPTIONAL MATCH (b0:Entity {id: $to}) OPTIONAL MATCH (:Redirect {id: $to})-[:TO]->(b1:Entity)
          WITH coalesce(a0, a1) AS a, coalesce(b0, b1) AS b
          MATCH p = shortestPath((a)-[:COMPETES_WITH|FOUNDED|LEADS|PARTY_IN*..${2 * pathHops}]-(b))
          WHERE a <> b AND all(n IN nodes(p) WHERE n:Entity OR ${LIVE('n.id')})
            AND all(r IN relationships(p) WHERE type(r) = 'PARTY_IN' OR ${LIVE('r.id')})
          WITH nodes(p) AS ns, relationships(p) AS rs
          WITH ns, [i IN range(0, size(rs) - 1) WHERE ns[i]:Entity |
                    CASE WHEN ns[i + 1]:Deal THEN ns[i + 1].kind ELSE type(rs[i]) END] AS kinds
          WHERE size(kinds) <= $hops
          RETURN size(kinds) AS length, [n IN ns WHERE n:Entity | {id: n.id, name: coalesce(n.name, n.id)}] AS entities,
            [k IN kinds | {kind: k}] AS hops`,
        params: { from: p.pathFrom, to: p.pathTo, hops: cypherInt(pathHops) },
        toData: (rows) => ({ paths: rows }),
      },
    ],
    [
      'search',
      {
        // The full-text hits, an exact alias key, and alias keys the term starts (three letters or more);
        // an entity found several ways keeps its best score.
        text: `CALL () {
            CALL db.index.fulltext.queryNodes('${ENTITY_NAMES_INDEX}', $lucene) YIELD node, score RETURN node, score
            UNION ALL MATCH (:Alias {key: $key})-[:ALIAS_OF]->(node:Entity) RETURN node, $exact AS score
            ${prefix ? `UNION ALL MATCH (a:Alias)-[:ALIAS_OF]->(node:Entity) WHERE a.key STARTS WITH $key RETURN node, $base + $span * toFloat(size($key)) / size(a.key) AS score` : ''} }
          WITH node, max(score) AS score ORDER BY score DESC, node.id LIMIT 10
          RETURN score, {id: node.id, name: coalesce(node.name, node.id),
            type: CASE WHEN node:Person THEN 'PERSON' ELSE 'ORGANIZATION' END} AS entity`,
        params: {
          lucene: luceneQueryFor(p.searchTerm),
          key,
          exact: EXACT_MATCH_SCORE,
          base: PREFIX_MATCH_BASE_SCORE,
          span: PREFIX_MATCH_SPAN_SCORE,
        },
        toData: (rows) => ({ search: rows }),
      },
    ],
  ]);
}
