/**
 * The WHERE clause for deal lists. Every clause is a fixed string chosen by which filters are set; user
 * values only ever travel as parameters.
 */

export interface DealFilterInput {
  kind?: string | null;
  /** Entity ids the party name or id resolved to. */
  partyIds?: string[] | null;
  role?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  amountMin?: number | null;
  amountMax?: number | null;
  currency?: string | null;
  status?: string | null;
  lang?: string | null;
  articleId?: string | null;
  /** Upper bound (see `asOfBound`): deals dated or first reported after it are left out. */
  asOf?: string | null;
  includeRejected?: boolean;
}

export type DealSortName = 'DATE_DESC' | 'DATE_ASC' | 'AMOUNT_DESC' | 'AMOUNT_ASC';

export interface CypherPart {
  where: string;
  params: Record<string, unknown>;
}

/** Rejection check shared by every deal and fact read. */
export const NOT_REJECTED = (idExpr: string): string =>
  `NOT EXISTS { MATCH (c:Curation {factId: ${idExpr}}) WHERE c.verdict = 'REJECTED' }`;

export function dealWhere(f: DealFilterInput, alias = 'd'): CypherPart {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.kind) {
    clauses.push(`${alias}.kind = $kind`);
    params.kind = f.kind;
  }
  if (f.partyIds) {
    clauses.push(
      `EXISTS { MATCH (pe:Entity)-[pr:PARTY_IN]->(${alias}) WHERE pe.id IN $partyIds AND ($role IS NULL OR pr.role = $role) }`,
    );
    params.partyIds = f.partyIds;
    params.role = f.role ?? null;
  } else if (f.role) {
    clauses.push(`EXISTS { MATCH (:Entity)-[pr:PARTY_IN {role: $role}]->(${alias}) }`);
    params.role = f.role;
  }
  if (f.dateFrom) {
    clauses.push(`${alias}.date >= $dateFrom`);
    params.dateFrom = f.dateFrom;
  }
  if (f.dateTo) {
    clauses.push(`${alias}.date <= $dateTo`);
    params.dateTo = asOfBound(f.dateTo);
  }
  if (f.amountMin !== null && f.amountMin !== undefined) {
    clauses.push(`${alias}.amount >= $amountMin`);
    params.amountMin = f.amountMin;
  }
  if (f.amountMax !== null && f.amountMax !== undefined) {
    clauses.push(`${alias}.amount <= $amountMax`);
    params.amountMax = f.amountMax;
  }
  if (f.currency) {
    clauses.push(`${alias}.currency = $currency`);
    params.currency = f.currency.toUpperCase();
  }
  if (f.status) {
    clauses.push(`${alias}.status = $status`);
    params.status = f.status;
  }
  if (f.lang) {
    clauses.push(`EXISTS { MATCH (${alias})-[:REPORTED_IN]->(la:Article) WHERE la.lang = $lang }`);
    params.lang = f.lang;
  }
  if (f.articleId) {
    clauses.push(`EXISTS { MATCH (${alias})-[:REPORTED_IN]->(:Article {id: $articleId}) }`);
    params.articleId = f.articleId;
  }
  if (f.asOf) {
    clauses.push(
      `(${alias}.date IS NULL OR ${alias}.date <= $asOf) AND (${alias}.firstReported IS NULL OR ${alias}.firstReported <= $asOf)`,
    );
    params.asOf = asOfBound(f.asOf);
  }
  if (!f.includeRejected) clauses.push(NOT_REJECTED(`${alias}.id`));
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** ORDER BY for a sort name; unknown names fall back to newest first. Ties break on id for stable pages. */
export function dealOrder(sort: DealSortName | null | undefined, alias = 'd'): string {
  switch (sort) {
    case 'DATE_ASC':
      return `ORDER BY ${alias}.date IS NULL, ${alias}.date ASC, ${alias}.id`;
    case 'AMOUNT_DESC':
      return `ORDER BY ${alias}.amount IS NULL, ${alias}.amount DESC, ${alias}.id`;
    case 'AMOUNT_ASC':
      return `ORDER BY ${alias}.amount IS NULL, ${alias}.amount ASC, ${alias}.id`;
    default:
      return `ORDER BY ${alias}.date IS NULL, ${alias}.date DESC, ${alias}.id`;
  }
}

/**
 * Dates are stored as ISO strings of varying precision ("2016", "2016-01", "2016-01-15", or a full
 * timestamp). A bound given as a partial date means the end of that period, and the trailing "~" (which
 * sorts after every digit and "T") keeps timestamps of the bound's last day inside it.
 */
export function asOfBound(date: string): string {
  const d = date.trim();
  if (/^\d{4}$/.test(d)) return `${d}-12-31~`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-31~`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return `${d}~`;
  return d;
}

/** True when a stored date string falls on or before an `asOfBound`. Missing dates never exclude. */
export function onOrBefore(stored: string | null, bound: string | null): boolean {
  if (!bound || !stored) return true;
  return stored <= bound;
}

/** The property a sort orders deals by and its direction; deals without it come last, by id. */
export function sortKey(sort: DealSortName | null | undefined): {
  prop: 'date' | 'amount';
  dir: 'ASC' | 'DESC';
} {
  switch (sort) {
    case 'DATE_ASC':
      return { prop: 'date', dir: 'ASC' };
    case 'AMOUNT_DESC':
      return { prop: 'amount', dir: 'DESC' };
    case 'AMOUNT_ASC':
      return { prop: 'amount', dir: 'ASC' };
    default:
      return { prop: 'date', dir: 'DESC' };
  }
}
