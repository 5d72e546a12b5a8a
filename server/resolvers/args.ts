import { asOfBound } from '../../graph/read/deal-filter';
import type { EvidenceRecord } from '../../graph/read/records';
import type { RequestContext } from '../context';
import { badInput } from '../errors';

/** A `first` argument checked against the configured maximum. */
export function checkFirst(first: number | null | undefined, ctx: RequestContext, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badInput('`first` must be a non-negative integer.');
  if (n > ctx.config.limits.first) throw badInput(`\`first\` may be at most ${ctx.config.limits.first}.`);
  return n;
}

export const boundOf = (asOf: string | null | undefined): string | null => (asOf ? asOfBound(asOf) : null);

/** Offset cursors: opaque to clients, stable for a fixed sort and data. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw badInput('`after` is not a cursor this API gave out.');
  return Number(m[1]) + 1;
}

export function connection<T>(items: T[], totalCount: number, offset: number) {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Stored statuses and languages are lower case; the API's enums are upper case. */
export const upper = (v: string | null): string | null => (v ? v.toUpperCase() : null);
export const lower = (v: string | null | undefined): string | null => (v ? v.toLowerCase() : null);

/** Evidence whose article still exists (a deleted article's entries may linger until the writer prunes them). */
export async function liveEvidence(
  records: EvidenceRecord[],
  ctx: RequestContext,
): Promise<EvidenceRecord[]> {
  const articles = await Promise.all(records.map((r) => ctx.loaders.article.load(r.articleId)));
  return records.filter((_, i) => articles[i] !== null);
}
