import { articleId } from '../../ingest/read/article-id';
import type { Graph, QueryRunner } from '../connection';
import { inWriteTransaction } from '../connection';
import { DealgraphError } from '../errors';
import type { FactType } from './deal-ids';
import type { ArticleToStore, WriteRows } from './row-types';
import { buildWriteRows } from './rows';
import type { NewArticle } from './rows';
import * as Q from './write-cypher';

/** A summary with every count at zero, to add batches into. */
export function emptyWriteSummary(): WriteSummary {
  return {
    articlesWritten: 0,
    articlesSkipped: 0,
    entities: 0,
    mentions: 0,
    deals: 0,
    facts: 0,
    relationsDropped: 0,
  };
}

export interface WriteSummary {
  articlesWritten: number;
  /** Already in the graph (same text), or repeated in the input. */
  articlesSkipped: number;
  /** Distinct entities written (created or updated). */
  entities: number;
  mentions: number;
  /** Distinct deals written (created or given a new report). */
  deals: number;
  /** Fact relationship evidence entries added (COMPETES_WITH, FOUNDED, LEADS). */
  facts: number;
  /** Relations and events whose ends are not among the article's entities (or are one entity). */
  relationsDropped: number;
}

export interface WriteOptions {
  /** Rows per UNWIND query. */
  batchSize?: number;
  /** Articles per transaction: a failure loses at most this many, and memory stays bounded. */
  articlesPerTransaction?: number;
}

export const DEFAULT_BATCH_SIZE_ROWS = 5000;
export const DEFAULT_ARTICLES_PER_TRANSACTION = 500;
const FACT_TYPES: readonly FactType[] = ['COMPETES_WITH', 'FOUNDED', 'LEADS'];

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Stores extracted articles; an article whose text is already stored is skipped whole. */
export async function writeArticles(
  graph: Graph,
  articles: ArticleToStore[],
  opts: WriteOptions = {},
): Promise<WriteSummary> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE_ROWS;
  const perTx = opts.articlesPerTransaction ?? DEFAULT_ARTICLES_PER_TRANSACTION;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new DealgraphError('BAD_INPUT', `batchSize must be ≥ 1, got ${batchSize}`);
  if (!Number.isInteger(perTx) || perTx < 1) {
    throw new DealgraphError('BAD_INPUT', `articlesPerTransaction must be ≥ 1, got ${perTx}`);
  }
  const summary = emptyWriteSummary();
  const unique = new Map<string, NewArticle>();
  for (const article of articles) {
    const id = articleId(article.input.text);
    if (unique.has(id)) summary.articlesSkipped += 1;
    else unique.set(id, { ...article, id });
  }

  const entityIds = new Set<string>();
  const dealIds = new Set<string>();
  for (const group of chunks([...unique.values()], perTx)) {
    const now = new Date().toISOString();
    // The lookups share the write transaction: one transaction per group, and what they saw cannot change
    // before the rows built from them are written. A retry recomputes everything from scratch.
    const { skipped, rows } = await inWriteTransaction(graph, (run) =>
      writeGroup(run, group, batchSize, now),
    );
    summary.articlesSkipped += skipped;
    if (rows === null) continue;
    summary.articlesWritten += rows.articles.length;
    for (const e of [...rows.organizations, ...rows.people]) entityIds.add(e.id);
    for (const d of rows.deals) dealIds.add(d.id);
    summary.mentions += rows.mentions.length;
    summary.facts += rows.facts.length;
    summary.relationsDropped += rows.relationsDropped;
  }
  summary.entities = entityIds.size;
  summary.deals = dealIds.size;
  return summary;
}

/** Leaves out the articles already stored, resolves redirected entity keys, writes the rest. */
async function writeGroup(
  run: QueryRunner,
  group: NewArticle[],
  batchSize: number,
  now: string,
): Promise<{ skipped: number; rows: WriteRows | null }> {
  const keys = [...new Set(group.flatMap((a) => a.extracted.entities.map((e) => e.key)))];
  // Sent together: the driver pipelines statements of one transaction, saving a round trip.
  const [existing, redirectRows] = await Promise.all([
    run(Q.EXISTING_ARTICLES, { ids: group.map((a) => a.id) }),
    run(Q.REDIRECTS, { ids: keys }),
  ]);
  const stored = new Set(existing.map((row) => row.id as string));
  const fresh = group.filter((a) => !stored.has(a.id));
  if (fresh.length === 0) return { skipped: stored.size, rows: null };
  const redirects = new Map<string, string>();
  for (const row of redirectRows) redirects.set(row.id as string, row.target as string);
  const rows = buildWriteRows(fresh, (id) => redirects.get(id) ?? id, now);
  await writeRows(run, rows, batchSize, now);
  return { skipped: stored.size, rows };
}

/**
 * Nodes first, then the relationships between them, then the deal summaries that depend on reports. The
 * statements are all sent before any reply is awaited: Neo4j runs them in order within the transaction,
 * and the batch costs one round trip instead of one per statement.
 */
async function writeRows(run: QueryRunner, rows: WriteRows, batchSize: number, now: string): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const each = <T>(cypher: string, items: T[]): void => {
    for (const batch of chunks(items, batchSize)) pending.push(run(cypher, { rows: batch, now }));
  };
  each(Q.WRITE_ARTICLES, rows.articles);
  each(Q.writeEntities('Organization'), rows.organizations);
  each(Q.writeEntities('Person'), rows.people);
  each(Q.WRITE_DEALS, rows.deals);
  each(Q.WRITE_ALIASES, rows.aliases);
  each(Q.WRITE_MENTIONS, rows.mentions);
  each(Q.WRITE_PARTIES, rows.parties);
  each(Q.WRITE_REPORTS, rows.reports);
  for (const type of FACT_TYPES) {
    each(
      Q.writeFacts(type),
      rows.facts.filter((f) => f.type === type),
    );
  }
  for (const ids of chunks(
    rows.deals.map((d) => d.id),
    batchSize,
  )) {
    pending.push(run(Q.REFRESH_DEALS, { ids }));
  }
  await Promise.all(pending);
}
