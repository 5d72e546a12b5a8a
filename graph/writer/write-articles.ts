import { articleId } from '../../ingest/read/article-id';
import type { Graph, QueryRunner } from '../connection';
import { inWriteTransaction, runRead } from '../connection';
import { DealgraphError } from '../errors';
import type { FactType } from './deal-ids';
import type { ArticleToStore, WriteRows } from './row-types';
import { buildWriteRows } from './rows';
import type { NewArticle } from './rows';
import * as Q from './write-cypher';

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
  const summary: WriteSummary = {
    articlesWritten: 0,
    articlesSkipped: 0,
    entities: 0,
    mentions: 0,
    deals: 0,
    facts: 0,
    relationsDropped: 0,
  };
  const unique = new Map<string, NewArticle>();
  for (const article of articles) {
    const id = articleId(article.input.text);
    if (unique.has(id)) summary.articlesSkipped += 1;
    else unique.set(id, { ...article, id });
  }
  if (unique.size === 0) return summary;

  const existing = await runRead(graph, Q.EXISTING_ARTICLES, { ids: [...unique.keys()] });
  for (const row of existing) unique.delete(row.id as string);
  summary.articlesSkipped += existing.length;
  const fresh = [...unique.values()];
  if (fresh.length === 0) return summary;

  const keys = [...new Set(fresh.flatMap((a) => a.extracted.entities.map((e) => e.key)))];
  const redirects = new Map<string, string>();
  for (const row of await runRead(graph, Q.REDIRECTS, { ids: keys }))
    redirects.set(row.id as string, row.target as string);
  const resolve = (id: string): string => redirects.get(id) ?? id;

  const entityIds = new Set<string>();
  const dealIds = new Set<string>();
  for (const group of chunks(fresh, perTx)) {
    const now = new Date().toISOString();
    const rows = buildWriteRows(group, resolve, now);
    await inWriteTransaction(graph, (run) => writeRows(run, rows, batchSize, now));
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

/** Nodes first, then the relationships between them, then the deal summaries that depend on reports. */
async function writeRows(run: QueryRunner, rows: WriteRows, batchSize: number, now: string): Promise<void> {
  const each = async <T>(cypher: string, items: T[]): Promise<void> => {
    for (const batch of chunks(items, batchSize)) await run(cypher, { rows: batch, now });
  };
  await each(Q.WRITE_ARTICLES, rows.articles);
  await each(Q.writeEntities('Organization'), rows.organizations);
  await each(Q.writeEntities('Person'), rows.people);
  await each(Q.WRITE_DEALS, rows.deals);
  await each(Q.WRITE_ALIASES, rows.aliases);
  await each(Q.WRITE_MENTIONS, rows.mentions);
  await each(Q.WRITE_PARTIES, rows.parties);
  await each(Q.WRITE_REPORTS, rows.reports);
  for (const type of FACT_TYPES) {
    await each(
      Q.writeFacts(type),
      rows.facts.filter((f) => f.type === type),
    );
  }
  for (const ids of chunks(
    rows.deals.map((d) => d.id),
    batchSize,
  )) {
    await run(Q.REFRESH_DEALS, { ids });
  }
}
