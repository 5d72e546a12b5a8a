/** Queries of deleteArticle, in the order it runs them (one transaction). */

export const ARTICLE_EXISTS = `MATCH (a:Article {id: $id}) RETURN a.id AS id`;

/**
 * The article's entry leaves every parallel evidence list of the facts it supported. Facts link entities the
 * article mentions, so they are found from its MENTIONED_IN links instead of a scan of all relationships.
 */
export const STRIP_FACT_EVIDENCE = `MATCH (:Article {id: $id})<-[:MENTIONED_IN]-(:Entity)-[f:COMPETES_WITH|FOUNDED|LEADS]-(:Entity)
WHERE $id IN f.articleIds
WITH DISTINCT f
WITH f, [i IN range(0, size(f.articleIds) - 1) WHERE f.articleIds[i] <> $id] AS keep
SET f.articleIds = [i IN keep | f.articleIds[i]],
  f.sentences = [i IN keep | f.sentences[i]],
  f.starts = [i IN keep | f.starts[i]],
  f.ends = [i IN keep | f.ends[i]],
  f.rules = [i IN keep | f.rules[i]],
  f.confidences = [i IN keep | f.confidences[i]]
WITH f
CALL (f) {
  UNWIND f.articleIds AS aid
  MATCH (x:Article {id: aid})
  RETURN min(x.published) AS firstReported
}
SET f.firstReported = firstReported
WITH f WHERE size(f.articleIds) = 0
WITH f, startNode(f).id AS s, endNode(f).id AS t
DELETE f
RETURN count(f) AS deleted, collect(s) + collect(t) AS entityIds`;

export const DETACH_REPORTS = `MATCH (d:Deal)-[r:REPORTED_IN]->(:Article {id: $id})
DELETE r
WITH DISTINCT d
OPTIONAL MATCH (:Entity)-[p:PARTY_IN]->(d) WHERE $id IN p.articleIds
SET p.articleIds = [x IN p.articleIds WHERE x <> $id]
RETURN DISTINCT d.id AS id`;

/** Parties only this article named go; parties written by others (no articleIds) stay. */
export const DROP_UNSUPPORTED_PARTIES = `UNWIND $ids AS did
MATCH (e:Entity)-[p:PARTY_IN]->(:Deal {id: did})
WHERE p.articleIds IS NOT NULL AND size(p.articleIds) = 0
DELETE p
RETURN collect(DISTINCT e.id) AS entityIds`;

export const DELETE_UNREPORTED_DEALS = `UNWIND $ids AS did
MATCH (d:Deal {id: did})
WHERE NOT (d)-[:REPORTED_IN]->(:Article)
OPTIONAL MATCH (e:Entity)-[:PARTY_IN]->(d)
WITH d, collect(e.id) AS parties
DETACH DELETE d
RETURN count(d) AS deleted, reduce(acc = [], ps IN collect(parties) | acc + ps) AS entityIds`;

export const DELETE_ARTICLE = `MATCH (a:Article {id: $id})
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(a)
WITH a, collect(e.id) AS entityIds
DETACH DELETE a
RETURN entityIds`;

/** An entity with no mention and no fact left goes, with the aliases that named only it. */
export const DELETE_ORPHAN_ENTITIES = `UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
WHERE NOT (e)-[:MENTIONED_IN]->() AND NOT (e)-[:PARTY_IN]->() AND NOT (e)-[:COMPETES_WITH|FOUNDED|LEADS]-()
OPTIONAL MATCH (al:Alias)-[:ALIAS_OF]->(e)
WITH e, collect(al.key) AS keys
DETACH DELETE e
RETURN count(e) AS deleted, reduce(acc = [], ks IN collect(keys) | acc + ks) AS aliasKeys`;

export const DELETE_ORPHAN_ALIASES = `UNWIND $keys AS key
MATCH (al:Alias {key: key})
WHERE NOT (al)-[:ALIAS_OF]->()
DELETE al`;

export const REFRESH_SEEN = `UNWIND $ids AS eid
MATCH (e:Entity {id: eid})-[:MENTIONED_IN]->(a:Article)
WITH e, min(a.published) AS firstSeen, max(a.published) AS lastSeen
SET e.firstSeen = firstSeen, e.lastSeen = lastSeen`;
