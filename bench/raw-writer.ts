import type { Graph } from '../graph/connection';
import type { RawRows } from './raw-rows';

/** Rows per UNWIND transaction of the baseline writer. */
export const RAW_BATCH_ROWS = 2000;

/**
 * The hand-written reference for ingest speed: plain `UNWIND $rows … MERGE` statements, nodes first and
 * then relationships between matched nodes, on the same uniqueness constraints the real writer uses.
 */
const STATEMENTS: {
  rows: keyof RawRows;
  cypher: string;
  filter?: (row: Record<string, unknown>) => boolean;
}[] = [
  {
    rows: 'articles',
    cypher: `UNWIND $rows AS row MERGE (a:Article {id: row.id})
      ON CREATE SET a.title = row.title, a.published = row.published, a.lang = row.lang, a.source = row.source,
                    a.text = row.text, a.chars = row.chars, a.ingestedAt = datetime()`,
  },
  ...(['Organization', 'Person'] as const).map((label) => ({
    rows: 'entities' as const,
    filter: (row: Record<string, unknown>) => row.label === label,
    // The label comes from this fixed pair, never from data: Cypher cannot take a label as a parameter.
    cypher: `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e:${label}, e.name = row.name, e.aliases = [], e.createdAt = datetime()
      WITH e, row SET e.aliases = e.aliases + [s IN row.aliases WHERE NOT s IN e.aliases],
        e.firstSeen = CASE WHEN e.firstSeen IS NULL OR row.published < e.firstSeen THEN row.published ELSE e.firstSeen END,
        e.lastSeen = CASE WHEN e.lastSeen IS NULL OR row.published > e.lastSeen THEN row.published ELSE e.lastSeen END
      SET e.aliasText = reduce(t = '', s IN e.aliases | t + ' ' + s)`,
  })),
  {
    rows: 'aliases',
    cypher: `UNWIND $rows AS row MATCH (e:Entity {id: row.entityId}) MERGE (al:Alias {key: row.key}) MERGE (al)-[:ALIAS_OF]->(e)`,
  },
  {
    rows: 'mentions',
    cypher: `UNWIND $rows AS row MATCH (e:Entity {id: row.entityId}), (a:Article {id: row.articleId})
      MERGE (e)-[m:MENTIONED_IN]->(a) SET m.count = row.count, m.starts = row.starts, m.ends = row.ends, m.surfaces = row.surfaces`,
  },
  {
    rows: 'deals',
    cypher: `UNWIND $rows AS row MERGE (d:Deal {id: row.id})
      ON CREATE SET d.kind = row.kind, d.status = row.status, d.date = row.date, d.amount = row.amount, d.currency = row.currency,
                    d.amountText = row.amountText, d.stake = row.stake, d.firstReported = row.published
      ON MATCH SET d.firstReported = CASE WHEN d.firstReported IS NULL OR row.published < d.firstReported THEN row.published ELSE d.firstReported END`,
  },
  {
    rows: 'parties',
    cypher: `UNWIND $rows AS row MATCH (e:Entity {id: row.entityId}), (d:Deal {id: row.dealId}) MERGE (e)-[:PARTY_IN {role: row.role}]->(d)`,
  },
  {
    rows: 'reports',
    cypher: `UNWIND $rows AS row MATCH (d:Deal {id: row.dealId}), (a:Article {id: row.articleId})
      MERGE (d)-[r:REPORTED_IN]->(a) SET r += row {.sentence, .start, .end, .rule, .confidence, .status, .date, .amount, .currency, .amountText}`,
  },
  ...(['COMPETES_WITH', 'FOUNDED', 'LEADS'] as const).map((type) => ({
    rows: 'facts' as const,
    filter: (row: Record<string, unknown>) => row.type === type,
    cypher: `UNWIND $rows AS row MATCH (s:Entity {id: row.sourceId}), (t:Entity {id: row.targetId})
      MERGE (s)-[f:${type} {id: row.id}]->(t)
      ON CREATE SET f.articleIds = [], f.sentences = [], f.starts = [], f.ends = [], f.rules = [], f.confidences = [], f.firstReported = row.published
      WITH f, row WHERE NOT row.articleId IN f.articleIds
      SET f.articleIds = f.articleIds + row.articleId, f.sentences = f.sentences + row.sentence, f.starts = f.starts + row.start,
          f.ends = f.ends + row.end, f.rules = f.rules + row.rule, f.confidences = f.confidences + row.confidence,
          f.firstReported = CASE WHEN f.firstReported IS NULL OR row.published < f.firstReported THEN row.published ELSE f.firstReported END`,
  })),
];

export async function writeRawRows(graph: Graph, rows: RawRows): Promise<void> {
  for (const statement of STATEMENTS) {
    const all = rows[statement.rows] as unknown as Record<string, unknown>[];
    const chosen = statement.filter ? all.filter(statement.filter) : all;
    for (let i = 0; i < chosen.length; i += RAW_BATCH_ROWS) {
      await graph.driver.executeQuery(
        statement.cypher,
        { rows: chosen.slice(i, i + RAW_BATCH_ROWS) },
        { database: graph.database },
      );
    }
  }
}
