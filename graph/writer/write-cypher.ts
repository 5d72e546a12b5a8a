import type { FactType } from './deal-ids';
import { STATUS_RANK } from './deal-ids';

/**
 * One query shape per kind of row, all `UNWIND $rows AS row`: nodes MERGEd on constrained keys, the new
 * article's own links created when absent, other links MERGEd; the plans are cached, and a retried
 * transaction (rolled back first) writes nothing twice.
 */

export const EXISTING_ARTICLES = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id`;

export const REDIRECTS = `UNWIND $ids AS id MATCH (:Redirect {id: id})-[:TO]->(e:Entity) RETURN id, e.id AS target`;

export const WRITE_ARTICLES = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.title = row.title, a.url = row.url, a.published = row.published, a.lang = row.lang,
  a.source = row.source, a.text = row.text, a.chars = row.chars, a.ingestedAt = row.ingestedAt`;

/** Merges a list of surface forms into `list` in order, skipping ones already there. */
function mergedAliases(list: string): string {
  return `reduce(acc = ${list}, s IN row.aliases | CASE WHEN s IN acc THEN acc ELSE acc + s END)`;
}

function aliasText(aliases: string): string {
  return `reduce(t = '', s IN ${aliases} | CASE WHEN t = '' THEN s ELSE t + ' | ' + s END)`;
}

/**
 * Labels cannot be parameters, hence one shape per entity label. Every update sits in the MERGE's own
 * ON CREATE / ON MATCH SET: reading e.aliases in a later clause and writing it back made the planner put an
 * Eager (a full materialisation of the batch) in the plan. aliasText recomputes the merge rather than
 * reading e.aliases back, and merging twice gives the same list, so the result does not depend on whether
 * the SET items see each other's writes.
 */
export function writeEntities(label: 'Organization' | 'Person'): string {
  const matched = mergedAliases('coalesce(e.aliases, [])');
  const created = mergedAliases('[]');
  return `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${label}, e.name = row.name, e.createdAt = $now, e.aliases = ${created},
  e.aliasText = ${aliasText(created)}, e.firstSeen = row.firstSeen, e.lastSeen = row.lastSeen
ON MATCH SET e.aliases = ${matched}, e.aliasText = ${aliasText(matched)},
  e.firstSeen = CASE WHEN row.firstSeen IS NOT NULL AND (e.firstSeen IS NULL OR row.firstSeen < e.firstSeen)
    THEN row.firstSeen ELSE e.firstSeen END,
  e.lastSeen = CASE WHEN row.lastSeen IS NOT NULL AND (e.lastSeen IS NULL OR row.lastSeen > e.lastSeen)
    THEN row.lastSeen ELSE e.lastSeen END`;
}

/**
 * Written from the entity's side: with both ends sparse, Expand(Into) picked the end to walk such that the
 * pattern written (al)->(e) walked the entity's relationships (PROFILE: 6.5 → 10.3 db hits per alias row
 * from 1k to 30k articles); as (e)<-(al) it stays at 5–7.
 */
export const WRITE_ALIASES = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (al:Alias {key: row.key})
MERGE (e)<-[:ALIAS_OF]-(al)`;

/**
 * The article is new (writeGroup left out stored ones, in this transaction), so its links are created after
 * a look at the article's own few links rather than MERGEd. MERGE between two nodes below Neo4j's dense-node
 * threshold (50 relationships) runs Expand(Into), which was walking every relationship of the entity, all
 * types together: PROFILE on the same 200 stories read 9 db hits per mention at 1k articles, 13 at 10k, 17
 * at 30k. Expanding from the article reads only its own links: flat. A concurrent writer of the same article
 * blocks on the Article MERGE until the first commits and then sees its links, so nothing is doubled. The
 * planner puts an Eager between the checks and the creates (they touch one relationship type): harmless
 * here, rows are distinct (entity, article) pairs and a batch is at most a few thousand small rows.
 */
export const WRITE_MENTIONS = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
WHERE NOT EXISTS { (a)<-[:MENTIONED_IN]-(x) WHERE x.id = row.entityId }
CREATE (a)<-[m:MENTIONED_IN]-(e)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends, m.surfaces = row.surfaces`;

export const WRITE_DEALS = `UNWIND $rows AS row
MERGE (d:Deal {id: row.id})
ON CREATE SET d.kind = row.kind`;

/**
 * PARTY_IN keeps the articles that named the party, so deleting an article can drop a party only it named.
 * Written from the deal's side (PROFILE: slightly cheaper), yet this MERGE can still walk a sparse entity's
 * relationships (6 → 15 db hits per party row from 1k to 30k articles). Deals are shared between concurrent
 * writers, so the check-then-create of WRITE_MENTIONS would first need a lock on the deal: not done yet.
 */
export const WRITE_PARTIES = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (d:Deal {id: row.dealId})
MERGE (d)<-[p:PARTY_IN {role: row.role}]-(e)
SET p.articleIds = CASE WHEN row.articleId IN coalesce(p.articleIds, []) THEN p.articleIds
  ELSE coalesce(p.articleIds, []) + row.articleId END`;

/** Created from the new article's side, as WRITE_MENTIONS: a much-reported deal is never walked. */
export const WRITE_REPORTS = `UNWIND $rows AS row
MATCH (d:Deal {id: row.dealId}), (a:Article {id: row.articleId})
WHERE NOT EXISTS { (a)<-[:REPORTED_IN]-(x) WHERE x.id = row.dealId }
CREATE (a)<-[r:REPORTED_IN]-(d)
SET r.sentence = row.sentence, r.start = row.start, r.end = row.end, r.rule = row.rule,
  r.confidence = row.confidence, r.status = row.status, r.date = row.date, r.amount = row.amount,
  r.currency = row.currency, r.amountText = row.amountText, r.stake = row.stake`;

/**
 * Relationship types cannot be parameters either. Each evidence list appends only when the article is not
 * listed yet, so a replayed row is a no-op; articleIds is assigned last, so the other guards see the list as
 * it was whether or not SET items see each other's writes. A guard clause (WITH … WHERE) instead made the
 * planner add an Eager.
 */
export function writeFacts(type: FactType): string {
  const append = (list: string, value: string) =>
    `f.${list} = CASE WHEN row.articleId IN coalesce(f.articleIds, []) THEN f.${list} ELSE coalesce(f.${list}, []) + row.${value} END`;
  return `UNWIND $rows AS row
MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
MERGE (s)-[f:${type} {id: row.id}]->(t)
SET ${append('sentences', 'sentence')},
  ${append('starts', 'start')},
  ${append('ends', 'end')},
  ${append('rules', 'rule')},
  ${append('confidences', 'confidence')},
  f.firstReported = CASE WHEN row.published IS NOT NULL AND (f.firstReported IS NULL OR row.published < f.firstReported)
    THEN row.published ELSE f.firstReported END,
  ${append('articleIds', 'articleId')}`;
}

const STATUS_RANK_CASE = `CASE r.status ${Object.entries(STATUS_RANK)
  .map(([status, rank]) => `WHEN '${status}' THEN ${rank}`)
  .join(' ')} ELSE 0 END`;

/**
 * Recomputes a Deal's summary from all its reports: status, date and money from the best-ranked report
 * (status rank, then most recent publication, then confidence, then article id so that full ties do not
 * depend on storage order), each falling back to the next report that has the field; firstReported is the
 * earliest publication. Run after any change to its REPORTED_IN links.
 */
// The hint keeps this a seek per id: left to itself the planner was seen scanning every Deal once per id,
// which grows with the square of the number of deals.
export const REFRESH_DEALS = `UNWIND $ids AS id
MATCH (d:Deal {id: id})-[r:REPORTED_IN]->(a:Article)
USING INDEX d:Deal(id)
WITH d, r, a ORDER BY ${STATUS_RANK_CASE} DESC, a.published IS NULL, a.published DESC, r.confidence DESC, a.id
WITH d, collect(r) AS rs, min(a.published) AS firstReported
WITH d, rs, firstReported, [x IN rs WHERE x.amount IS NOT NULL] AS withAmount
SET d.status = [x IN rs WHERE x.status IS NOT NULL][0].status,
  d.date = [x IN rs WHERE x.date IS NOT NULL][0].date,
  d.amount = withAmount[0].amount,
  d.currency = withAmount[0].currency,
  d.amountText = CASE WHEN size(withAmount) > 0 THEN withAmount[0].amountText
    ELSE [x IN rs WHERE x.amountText IS NOT NULL][0].amountText END,
  d.stake = [x IN rs WHERE x.stake IS NOT NULL][0].stake,
  d.firstReported = firstReported`;
