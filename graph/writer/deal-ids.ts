import type { DealStatus } from '../../ingest/types';

export type DealKind = 'ACQUISITION' | 'FUNDING' | 'MERGER';
export type PartyRole =
  'ACQUIRER' | 'TARGET' | 'SELLER' | 'INVESTOR' | 'LEAD_INVESTOR' | 'FUNDED_COMPANY' | 'MERGER_PARTY';
export type FactType = 'COMPETES_WITH' | 'FOUNDED' | 'LEADS';

/** Stands for the missing side in ids of deals reported without a counterparty. */
const UNKNOWN_PARTY = '?';

export function acquisitionDealId(acquirerId: string, targetId: string): string {
  return `acq:${acquirerId}>${targetId}`;
}

/**
 * A round is one company's funding in one year: every investor named in that year joins the same Deal.
 * With no year at all the round cannot be matched safely across articles, so it stays per article.
 */
export function fundingDealId(companyId: string, year: string | null, articleId: string): string {
  return year ? `fund:${companyId}:${year}` : `fund:${companyId}:undated:${articleId}`;
}

export function mergerDealId(a: string, b: string): string {
  const [first, second] = a < b ? [a, b] : [b, a];
  return `merger:${first}+${second}`;
}

/**
 * An acquisition with one side unknown ("X a été racheté", "Y buys an undisclosed startup") is keyed by the
 * article: two such reports may well be different deals, and guessing would merge them wrongly.
 */
export function partialAcquisitionDealId(
  acquirerId: string | null,
  targetId: string | null,
  articleId: string,
): string {
  return `acq:${acquirerId ?? UNKNOWN_PARTY}>${targetId ?? UNKNOWN_PARTY}:${articleId}`;
}

/** An investment whose funded company is not named; kept per article for the same reason. */
export function partialFundingDealId(investorId: string, articleId: string): string {
  return `fund:${UNKNOWN_PARTY}<${investorId}:${articleId}`;
}

export function factId(type: FactType, sourceId: string, targetId: string): string {
  if (type === 'COMPETES_WITH' && targetId < sourceId) return `${type}:${targetId}>${sourceId}`;
  return `${type}:${sourceId}>${targetId}`;
}

/** The year of an ISO date (YYYY, YYYY-MM, YYYY-MM-DD or a full timestamp), or null. */
export function yearOf(date: string | null | undefined): string | null {
  const match = /^(\d{4})/.exec(date ?? '');
  return match ? match[1] : null;
}

/**
 * Which report's status a Deal shows when its sources disagree. A completed deal stays completed; a deal
 * some source says is pending outranks a bare announcement; a stated abandonment outranks a rumour but not
 * an announcement (one extractor slip should not cancel a deal that others report). Ties go to the most
 * recently published report. Every report keeps its own status on REPORTED_IN.
 */
export const STATUS_RANK: Readonly<Record<DealStatus, number>> = {
  completed: 5,
  pending: 4,
  announced: 3,
  abandoned: 2,
  rumoured: 1,
};
