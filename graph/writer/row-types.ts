import type { ArticleInput, ExtractedArticle } from '../../ingest/types';
import type { DealKind, FactType, PartyRole } from './deal-ids';

export interface ArticleToStore {
  input: ArticleInput;
  extracted: ExtractedArticle;
}

/** Parameter rows, one array per query shape; see graph/README.md "Writer row shapes". */
export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  lang: string;
  source: string;
  text: string;
  chars: number;
  ingestedAt: string;
}

export interface EntityRow {
  id: string;
  name: string;
  /** Every surface form seen in this batch, name included. */
  aliases: string[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface AliasRow {
  key: string;
  entityId: string;
}

export interface MentionRow {
  entityId: string;
  articleId: string;
  count: number;
  starts: number[];
  ends: number[];
  surfaces: string[];
}

export interface DealRow {
  id: string;
  kind: DealKind;
}

export interface PartyRow {
  dealId: string;
  entityId: string;
  role: PartyRole;
  articleId: string;
}

export interface ReportRow {
  dealId: string;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  status: string | null;
  date: string | null;
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  stake: number | null;
}

export interface FactRow {
  type: FactType;
  id: string;
  sourceId: string;
  targetId: string;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  published: string | null;
}

export interface WriteRows {
  articles: ArticleRow[];
  organizations: EntityRow[];
  people: EntityRow[];
  aliases: AliasRow[];
  mentions: MentionRow[];
  deals: DealRow[];
  parties: PartyRow[];
  reports: ReportRow[];
  facts: FactRow[];
  /** Relations and events dropped because an end is not among the article's entities (or both ends are one). */
  relationsDropped: number;
}
