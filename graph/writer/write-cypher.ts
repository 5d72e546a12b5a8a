import type { FactType } from './deal-ids';
import { STATUS_RANK } from './deal-ids';

/**
 * One query shape per kind of row, all `UNWIND $rows AS row` over MERGE on constrained keys, so the plans are
 * cached and a retried transaction writes nothing twice.
 */

export const EXISTING_ARTICLES = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id`;

export const REDIRECTS = `UNWIND $ids AS id MATCH (:Redirect {id: id})-[:TO]->(e:Entity) RETURN id, e.id AS target`;

export const WRITE_ARTICLES = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.title = row.title, a.url = row.url, a.published = row.published, a.lang = row.lang,
  a.source = row.source, a.text = row.text, a.chars = row.chars, a.ingestedAt = row.ingestedAt`;

/** Labels cannot be parameters, hence one shape per entity label. */
export function writeEntities(label: 'Organization' | 'Person'): string {
  return `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:${label}, e.name = row.name, e.createdAt = $now
WITH e, row, reduce(acc = coalesce(e.aliases, []), s IN row.aliases | CASE WHEN s IN acc THEN acc ELSE acc + s END) AS aliases
SET e.aliases = aliases,
  e.aliasText = reduce(t = '', s IN aliases | CASE WHEN t = '' THEN s ELSE t + ' | ' + s END),
  e.firstSeen = CASE WHEN row.firstSeen IS NOT NULL AND (e.firstSeen IS NULL OR row.firstSeen < e.firstSeen)
    THEN row.firstSeen ELSE e.firstSeen END,
  e.lastSeen = CASE WHEN row.lastSeen IS NOT NULL AND (e.lastSeen IS NULL OR row.lastSeen > e.lastSeen)
    THEN row.lastSeen ELSE e.lastSeen END`;
}

export const WRITE_ALIASES = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (al:Alias {key: row.key})
MERGE (al)-[:ALIAS_OF]->(e)`;

export const WRITE_MENTIONS = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.count = row.count, m.starts = row.starts, m.ends = row.ends, m.surfaces = row.surfaces`;

export const WRITE_DEALS = `UNWIND $rows AS row
MERGE (d:Deal {id: row.id})
ON CREATE SET d.kind = row.kind`;

/** PARTY_IN keeps the articles that named the party, so deleting an article can drop a party only it named. */
export const WRITE_PARTIES = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId}), (d:Deal {id: row.dealId})
MERGE (e)-[p:PARTY_IN {role: row.role}]->(d)
SET p.articleIds = CASE WHEN row.articleId IN coalesce(p.articleIds, []) THEN p.articleIds
  ELSE coalesce(p.articleIds, []) + row.articleId END`;

export const WRITE_REPORTS = `UNWIND $rows AS row
MATCH (d:Deal {id: row.dealId}), (a:Article {id: row.articleId})
MERGE (d)-[r:REPORTED_IN]->(a)
SET r.sentence = row.sentence, r.start = row.start, r.end = row.end, r.rule = row.rule,
  r.confidence = row.confidence, r.status = row.status, r.date = row.date, r.amount = row.amount,
  r.currency = row.currency, r.amountText = row.amountText, r.stake = row.stake`;

/** Relationship types cannot be parameters either. The guard makes a replayed row a no-op. */
export function writeFacts(type: FactType): string {
  return `UNWIND $rows AS row
MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
MERGE (s)-[f:${type} {id: row.id}]->(t)
WITH f, row WHERE NOT row.articleId IN coalesce(f.articleIds, [])
SET f.articleIds = coalesce(f.articleIds, []) + row.articleId,
  f.sentences = coalesce(f.sentences, []) + row.sentence,
  f.starts = coalesce(f.starts, []) + row.start,
  f.ends = coalesce(f.ends, []) + row.end,
  f.rules = coalesce(f.rules, []) + row.rule,
  f.confidences = coalesce(f.confidences, []) + row.confidence,
  f.firstReported = CASE WHEN row.published IS NOT NULL AND (f.firstReported IS NULL OR row.published < f.firstReported)
    THEN row.published ELSE f.firstReported END`;
}

const STATUS_RANK_CASE = `CASE r.status ${Object.entries(STATUS_RANK)
  .map(([status, rank]) => `WHEN '${status}' THEN ${rank}`)
  .join(' ')} ELSE 0 END`;

/**
 * Recomputes a Deal's summary from all its reports: status, date and money from the best-ranked report
 * (status rank, then most recent publication, then confidence), each falling back to the next report that
 * has the field; firstReported is the earliest publication. Run after any change to its REPORTED_IN links.
 */
// The hint keeps this a seek per id: left to itself the planner was seen scanning every Deal once per id,
// which grows with the square of the number of deals.
export const REFRESH_DEALS = `UNWIND $ids AS id
MATCH (d:Deal {id: id})-[r:REPORTED_IN]->(a:Article)
USING INDEX d:Deal(id)
WITH d, r, a ORDER BY ${STATUS_RANK_CASE} DESC, a.published IS NULL, a.published DESC, r.confidence DESC
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
