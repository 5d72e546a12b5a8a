import type { ReportRow } from '../writer/row-types';

/** Plain shapes returned by graph/read, one per node or relationship kind of the model in schema/README.md. */

/**
 * Cypher map projections of exactly the properties `toEntity` and `toDeal` read. `properties(n)` would also
 * ship what no record uses (an entity's `aliasText` repeats its `aliases`, and write bookkeeping), and
 * unpacking those maps is a large part of the API's per-request CPU. A missing node projects to null.
 */
export const ENTITY_PROPS = (e: string): string => `${e} {.id, .name, .aliases, .firstSeen, .lastSeen}`;
export const DEAL_PROPS = (d: string): string =>
  `${d} {.id, .kind, .status, .date, .amount, .currency, .amountText, .stake, .firstReported}`;

export interface EntityRecord {
  id: string;
  name: string;
  type: 'Organization' | 'Person';
  aliases: string[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ArticleRecord {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  lang: string | null;
  source: string | null;
  chars: number | null;
}

export interface DealRecord {
  id: string;
  kind: 'ACQUISITION' | 'FUNDING' | 'MERGER';
  status: string | null;
  date: string | null;
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  stake: number | null;
  firstReported: string | null;
  rejected: boolean;
}

/**
 * One article's account of a fact or deal: the REPORTED_IN row the writer stores, as read back. Deal
 * reports also carry the article's own terms; fact evidence leaves them null.
 */
export type EvidenceRecord = Omit<ReportRow, 'dealId' | 'stake'>;

export type FactTypeName = 'COMPETES_WITH' | 'FOUNDED' | 'LEADS';

export interface FactRecord {
  id: string;
  type: FactTypeName;
  sourceId: string;
  targetId: string;
  firstReported: string | null;
  evidence: EvidenceRecord[];
  rejected: boolean;
}

export interface MentionRecord {
  articleId: string;
  count: number;
  starts: number[];
  ends: number[];
  surfaces: string[];
}

export interface CurationRecord {
  factId: string;
  verdict: 'ACCEPTED' | 'REJECTED';
  by: string;
  at: string;
  note: string | null;
}

export interface PartyRecord {
  role: string;
  entityId: string;
}

export interface ParticipationRecord {
  role: string;
  deal: DealRecord;
}

/** Fact relationship types; the only strings ever spliced into Cypher as relationship types. */
export const FACT_TYPES: readonly FactTypeName[] = ['COMPETES_WITH', 'FOUNDED', 'LEADS'];

type Loose = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

export function toEntity(p: Loose, labels: unknown): EntityRecord {
  const isPerson = list<string>(labels).includes('Person');
  return {
    id: String(p.id),
    name: String(p.name ?? p.id),
    type: isPerson ? 'Person' : 'Organization',
    aliases: list<string>(p.aliases),
    firstSeen: str(p.firstSeen),
    lastSeen: str(p.lastSeen),
  };
}

export function toArticle(p: Loose): ArticleRecord {
  return {
    id: String(p.id),
    title: str(p.title),
    url: str(p.url),
    published: str(p.published),
    lang: str(p.lang),
    source: str(p.source),
    chars: num(p.chars),
  };
}

export function toDeal(p: Loose, rejected: unknown): DealRecord {
  return {
    id: String(p.id),
    kind: String(p.kind) as DealRecord['kind'],
    status: str(p.status),
    date: str(p.date),
    amount: num(p.amount),
    currency: str(p.currency),
    amountText: str(p.amountText),
    stake: num(p.stake),
    firstReported: str(p.firstReported),
    rejected: rejected === true,
  };
}

export function toReport(p: Loose, articleId: unknown): EvidenceRecord {
  return {
    articleId: String(articleId),
    sentence: String(p.sentence ?? ''),
    start: num(p.start) ?? 0,
    end: num(p.end) ?? 0,
    rule: String(p.rule ?? ''),
    confidence: num(p.confidence) ?? 0,
    status: str(p.status),
    date: str(p.date),
    amount: num(p.amount),
    currency: str(p.currency),
    amountText: str(p.amountText),
  };
}

/** Fact relationships keep one entry per supporting article in parallel lists; this zips them. */
export function toFact(
  type: unknown,
  sourceId: unknown,
  targetId: unknown,
  p: Loose,
  rejected: unknown,
): FactRecord {
  const articleIds = list<string>(p.articleIds);
  const sentences = list<string>(p.sentences);
  const starts = list<number>(p.starts);
  const ends = list<number>(p.ends);
  const rules = list<string>(p.rules);
  const confidences = list<number>(p.confidences);
  return {
    id: String(p.id ?? `${String(type)}:${String(sourceId)}>${String(targetId)}`),
    type: String(type) as FactTypeName,
    sourceId: String(sourceId),
    targetId: String(targetId),
    firstReported: str(p.firstReported),
    rejected: rejected === true,
    evidence: articleIds.map((articleId, i) => ({
      articleId,
      sentence: sentences[i] ?? '',
      start: starts[i] ?? 0,
      end: ends[i] ?? 0,
      rule: rules[i] ?? '',
      confidence: confidences[i] ?? 0,
      status: null,
      date: null,
      amount: null,
      currency: null,
      amountText: null,
    })),
  };
}

export function toMention(p: Loose, articleId: unknown): MentionRecord {
  return {
    articleId: String(articleId),
    count: num(p.count) ?? list(p.starts).length,
    starts: list<number>(p.starts),
    ends: list<number>(p.ends),
    surfaces: list<string>(p.surfaces),
  };
}

export function toCuration(p: Loose): CurationRecord {
  return {
    factId: String(p.factId),
    verdict: p.verdict === 'ACCEPTED' ? 'ACCEPTED' : 'REJECTED',
    by: String(p.by ?? ''),
    at: String(p.at ?? ''),
    note: str(p.note),
  };
}
