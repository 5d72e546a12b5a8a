import { aliasKey } from '../../ingest/resolve/normalize';
import type { Evidence, ExtractedEvent, ExtractedRelation } from '../../ingest/types';
import {
  STATUS_RANK,
  acquisitionDealId,
  factId,
  fundingDealId,
  mergerDealId,
  partialAcquisitionDealId,
  partialFundingDealId,
  yearOf,
} from './deal-ids';
import type { DealKind, FactType, PartyRole } from './deal-ids';
import type { DealRow, FactRow, PartyRow, ReportRow } from './row-types';

/** Finds the graph id of an entity of the current article from a name used in a relation. */
export type NameLookup = (name: string | null) => string | null;

/** Builds a lookup over an article's entities: exact surface form first, then the folded alias key. */
export function nameLookup(entities: { name: string; aliases: string[]; id: string }[]): NameLookup {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const entity of entities) {
    for (const surface of [entity.name, ...entity.aliases]) {
      if (!exact.has(surface)) exact.set(surface, entity.id);
      const key = aliasKey(surface);
      if (key !== '' && !folded.has(key)) folded.set(key, entity.id);
    }
  }
  return (name) => {
    if (name === null || name.trim() === '') return null;
    return exact.get(name) ?? folded.get(aliasKey(name)) ?? null;
  };
}

interface ArticleContext {
  articleId: string;
  published: string | null;
  lookup: NameLookup;
}

type Reported = Pick<
  ExtractedRelation,
  'status' | 'date' | 'amount' | 'currency' | 'amountText' | 'rule' | 'confidence'
> & {
  evidence: Evidence;
  stake?: number | null;
};

/** Collects deal, party, report and fact rows, one report per deal×article and one evidence per fact×article. */
export class RelationRowCollector {
  private readonly deals = new Map<string, DealRow>();
  private readonly parties = new Map<string, PartyRow>();
  private readonly reports = new Map<string, ReportRow>();
  private readonly facts = new Map<string, FactRow>();
  dropped = 0;

  addRelation(relation: ExtractedRelation, ctx: ArticleContext): void {
    const source = ctx.lookup(relation.source);
    const target = ctx.lookup(relation.target);
    if (source === null || target === null || source === target) {
      this.dropped += 1;
      return;
    }
    switch (relation.type) {
      case 'ACQUIRED': {
        const dealId = acquisitionDealId(source, target);
        this.addDeal(dealId, 'ACQUISITION', relation, ctx);
        this.addParty(dealId, source, 'ACQUIRER', ctx);
        this.addParty(dealId, target, 'TARGET', ctx);
        const seller = ctx.lookup(relation.seller);
        if (seller !== null && seller !== source && seller !== target)
          this.addParty(dealId, seller, 'SELLER', ctx);
        return;
      }
      case 'FUNDED': {
        const dealId = fundingDealId(target, yearOf(relation.date) ?? yearOf(ctx.published), ctx.articleId);
        this.addDeal(dealId, 'FUNDING', relation, ctx);
        this.addParty(dealId, source, relation.lead ? 'LEAD_INVESTOR' : 'INVESTOR', ctx);
        this.addParty(dealId, target, 'FUNDED_COMPANY', ctx);
        return;
      }
      case 'MERGED_WITH': {
        const dealId = mergerDealId(source, target);
        this.addDeal(dealId, 'MERGER', relation, ctx);
        this.addParty(dealId, source, 'MERGER_PARTY', ctx);
        this.addParty(dealId, target, 'MERGER_PARTY', ctx);
        return;
      }
      default:
        this.addFact(relation.type, source, target, relation, ctx);
    }
  }

  /** A deal with one named side: funding joins the company's round of the year; the rest stay per article. */
  addEvent(event: ExtractedEvent, ctx: ArticleContext): void {
    const source = ctx.lookup(event.source);
    const target = ctx.lookup(event.target);
    if (event.type === 'FUNDED' && target !== null) {
      const dealId = fundingDealId(target, yearOf(event.date) ?? yearOf(ctx.published), ctx.articleId);
      this.addDeal(dealId, 'FUNDING', event, ctx);
      this.addParty(dealId, target, 'FUNDED_COMPANY', ctx);
      if (source !== null && source !== target) this.addParty(dealId, source, 'INVESTOR', ctx);
    } else if (event.type === 'FUNDED' && source !== null) {
      const dealId = partialFundingDealId(source, ctx.articleId);
      this.addDeal(dealId, 'FUNDING', event, ctx);
      this.addParty(dealId, source, 'INVESTOR', ctx);
    } else if (event.type === 'ACQUIRED' && (source !== null || target !== null)) {
      const dealId =
        source !== null && target !== null && source !== target
          ? acquisitionDealId(source, target)
          : partialAcquisitionDealId(source, target === source ? null : target, ctx.articleId);
      this.addDeal(dealId, 'ACQUISITION', event, ctx);
      if (source !== null) this.addParty(dealId, source, 'ACQUIRER', ctx);
      if (target !== null && target !== source) this.addParty(dealId, target, 'TARGET', ctx);
    } else {
      this.dropped += 1;
    }
  }

  dealRows(): DealRow[] {
    return [...this.deals.values()];
  }

  partyRows(): PartyRow[] {
    // A lead investor is an investor: do not store both roles for the same article.
    return [...this.parties.values()].filter(
      (p) =>
        p.role !== 'INVESTOR' ||
        !this.parties.has(partyKey(p.dealId, p.entityId, 'LEAD_INVESTOR', p.articleId)),
    );
  }

  reportRows(): ReportRow[] {
    return [...this.reports.values()];
  }

  factRows(): FactRow[] {
    return [...this.facts.values()];
  }

  private addDeal(dealId: string, kind: DealKind, fact: Reported, ctx: ArticleContext): void {
    if (!this.deals.has(dealId)) this.deals.set(dealId, { id: dealId, kind });
    const key = `${dealId}\u0000${ctx.articleId}`;
    const candidate = reportRow(dealId, fact, ctx.articleId);
    const existing = this.reports.get(key);
    if (!existing) {
      this.reports.set(key, candidate);
      return;
    }
    // Several sentences of one article about one deal: keep the most telling, fill its gaps from the others.
    const [best, other] = betterReport(candidate, existing) ? [candidate, existing] : [existing, candidate];
    if (best.amount === null && other.amount !== null) {
      best.amount = other.amount;
      best.currency = other.currency;
      best.amountText = other.amountText;
    }
    best.date ??= other.date;
    best.stake ??= other.stake;
    this.reports.set(key, best);
  }

  private addParty(dealId: string, entityId: string, role: PartyRole, ctx: ArticleContext): void {
    const key = partyKey(dealId, entityId, role, ctx.articleId);
    if (!this.parties.has(key)) this.parties.set(key, { dealId, entityId, role, articleId: ctx.articleId });
  }

  private addFact(
    type: FactType,
    source: string,
    target: string,
    relation: ExtractedRelation,
    ctx: ArticleContext,
  ): void {
    const [from, to] = type === 'COMPETES_WITH' && target < source ? [target, source] : [source, target];
    const id = factId(type, from, to);
    const key = `${id}\u0000${ctx.articleId}`;
    const existing = this.facts.get(key);
    if (existing && existing.confidence >= relation.confidence) return;
    this.facts.set(key, {
      type,
      id,
      sourceId: from,
      targetId: to,
      articleId: ctx.articleId,
      sentence: relation.evidence.sentence,
      start: relation.evidence.start,
      end: relation.evidence.end,
      rule: relation.rule,
      confidence: relation.confidence,
      published: ctx.published,
    });
  }
}

function partyKey(dealId: string, entityId: string, role: PartyRole, articleId: string): string {
  return `${dealId}\u0000${entityId}\u0000${role}\u0000${articleId}`;
}

function reportRow(dealId: string, fact: Reported, articleId: string): ReportRow {
  return {
    dealId,
    articleId,
    sentence: fact.evidence.sentence,
    start: fact.evidence.start,
    end: fact.evidence.end,
    rule: fact.rule,
    confidence: fact.confidence,
    status: fact.status,
    date: fact.date,
    amount: fact.amount,
    currency: fact.currency,
    amountText: fact.amountText,
    stake: fact.stake ?? null,
  };
}

function betterReport(a: ReportRow, b: ReportRow): boolean {
  const rank = (r: ReportRow): number =>
    r.status ? (STATUS_RANK[r.status as keyof typeof STATUS_RANK] ?? 0) : 0;
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  return a.confidence > b.confidence;
}
