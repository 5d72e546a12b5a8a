import type { Graph } from './connection';
import { runWrite } from './connection';
import { mapNeo4jError } from './errors';

/** Uniqueness constraints of schema/README.md: label, property, constraint name. */
export const UNIQUE_KEYS: readonly (readonly [string, string, string])[] = [
  ['Article', 'id', 'article_id'],
  ['Entity', 'id', 'entity_id'],
  ['Alias', 'key', 'alias_key'],
  ['Deal', 'id', 'deal_id'],
  ['Redirect', 'id', 'redirect_id'],
  ['Curation', 'factId', 'curation_fact_id'],
  ['MergeRecord', 'id', 'merge_record_id'],
];

/** Range indexes of schema/README.md: label, property, index name. */
export const RANGE_INDEXES: readonly (readonly [string, string, string])[] = [
  ['Article', 'published', 'article_published'],
  ['Deal', 'date', 'deal_date'],
  ['Deal', 'kind', 'deal_kind'],
  ['Deal', 'amount', 'deal_amount'],
];

export const ENTITY_NAMES_INDEX = 'entity_names';
/** Folds accents inside the index too, so "Téléperformance" and "Teleperformance" score alike. */
export const ENTITY_NAMES_ANALYZER = 'standard-folding';
/** Building a full-text index over a large existing graph can take a while. */
export const INDEXES_ONLINE_TIMEOUT_S = 300;

export function migrationStatements(): string[] {
  return [
    ...UNIQUE_KEYS.map(
      ([label, prop, name]) =>
        `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${prop} IS UNIQUE`,
    ),
    ...RANGE_INDEXES.map(
      ([label, prop, name]) => `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})`,
    ),
    `CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS FOR (n:Organization|Person) ON EACH [n.name, n.aliasText] ` +
      `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${ENTITY_NAMES_ANALYZER}'}}`,
  ];
}

/** Creates every constraint and index (idempotent: safe at every start), then waits until all are online. */
export async function migrate(graph: Graph): Promise<void> {
  // Schema commands cannot share a transaction with each other's data, so each runs on its own.
  for (const statement of migrationStatements()) {
    try {
      await runWrite(graph, statement);
    } catch (err) {
      const mapped = mapNeo4jError(err);
      // Two processes migrating at once: the loser's "already exists" is success.
      if (!/EquivalentSchemaRuleAlreadyExists|already exists/i.test(mapped.message)) throw mapped;
    }
  }
  await runWrite(graph, `CALL db.awaitIndexes(${INDEXES_ONLINE_TIMEOUT_S})`);
}
