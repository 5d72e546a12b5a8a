/**
 * The extraction contract. `dealgraph extract --json` prints one `ExtractedArticle` per input file
 * (JSON Lines) and the graph writer stores exactly this shape, so every field here is public API:
 * add fields freely, never rename or remove one.
 */

export type Language = 'fr' | 'en';
/** `other` is reported when the text is neither French nor English; no facts are guessed from it. */
export type DetectedLanguage = Language | 'other';

export type EntityType = 'Organization' | 'Person';

export type RelationType = 'ACQUIRED' | 'FUNDED' | 'COMPETES_WITH' | 'MERGED_WITH' | 'FOUNDED' | 'LEADS';

export const RELATION_TYPES: readonly RelationType[] = [
  'ACQUIRED',
  'FUNDED',
  'COMPETES_WITH',
  'MERGED_WITH',
  'FOUNDED',
  'LEADS',
];

/** Relations whose two ends are interchangeable; they are written with source < target by key. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['COMPETES_WITH', 'MERGED_WITH']);

export type DealStatus = 'announced' | 'pending' | 'completed' | 'rumoured' | 'abandoned';

export const DEAL_STATUSES: readonly DealStatus[] = [
  'announced',
  'pending',
  'completed',
  'rumoured',
  'abandoned',
];

/** The span of the original text that states a fact; `start`/`end` are UTF-16 offsets, end exclusive. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export interface MentionSpan {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedEntity {
  /** The fullest surface form used in the article. */
  name: string;
  type: EntityType;
  /** Other surface forms of the same entity in this article (short names, acronyms, former names). */
  aliases: string[];
  /** Normalised cross-article key (see ingest/resolve); equal keys mean the same entity. */
  key: string;
  /** Every place the entity is named in the text. */
  mentions: MentionSpan[];
}

export interface ExtractedRelation {
  type: RelationType;
  /** Entity `name` of the source (acquirer, investor, founder, leader; either side when symmetric). */
  source: string;
  target: string;
  /** Deals (ACQUIRED, FUNDED, MERGED_WITH) carry a status; other relations carry null. */
  status: DealStatus | null;
  /** ISO date as precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | null;
  amount: number | null;
  /** ISO 4217 code. */
  currency: string | null;
  /** The money as written ("14 millions d'euros", "undisclosed"). */
  amountText: string | null;
  /** ACQUIRED only: entity name of the seller, when named. */
  seller: string | null;
  /** Stake in percent when the text gives one (57.5 for "57.5 pct"). */
  stake?: number | null;
  /** FUNDED only: the investor led the round. */
  lead?: boolean;
  evidence: Evidence;
  /** Stable identifier of the rule that produced the fact, e.g. "fr.acquired.verb-active". */
  rule: string;
  /** 0..1 */
  confidence: number;
}

/** A deal stated without a named counterparty ("iAdvize a levé 14 M€"): kept as an event, not a relation. */
export interface ExtractedEvent {
  type: 'ACQUIRED' | 'FUNDED';
  source: string | null;
  target: string | null;
  status: DealStatus;
  date: string | null;
  amount: number | null;
  currency: string | null;
  amountText: string | null;
  evidence: Evidence;
  rule: string;
  confidence: number;
}

export interface ArticleInput {
  /** Where it came from: a file path, a URL, or "api". */
  file: string;
  text: string;
  title?: string | null;
  url?: string | null;
  /** ISO date of publication when known; relative dates resolve against it. */
  published?: string | null;
}

export interface ExtractedArticle {
  file: string;
  lang: DetectedLanguage;
  title: string | null;
  published: string | null;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
}
