import { articleId } from '../ingest/read/article-id';
import { aliasKey } from '../ingest/resolve/normalize';
import type { ArticleInput, ExtractedArticle, ExtractedEntity, ExtractedRelation } from '../ingest/types';

/**
 * The rows the raw-UNWIND baseline writes, derived from extraction output by the graph model of
 * schema/README.md alone (no code shared with graph/writer), so the baseline is an independent,
 * minimal writer of the same graph.
 */

export interface ExtractedPair {
  input: ArticleInput;
  extracted: ExtractedArticle;
}

export interface RawRows {
  articles: {
    id: string;
    title: string | null;
    published: string | null;
    lang: string;
    source: string;
    text: string;
    chars: number;
  }[];
  entities: {
    id: string;
    name: string;
    label: 'Organization' | 'Person';
    aliases: string[];
    published: string | null;
  }[];
  aliases: { key: string; entityId: string }[];
  mentions: {
    entityId: string;
    articleId: string;
    count: number;
    starts: number[];
    ends: number[];
    surfaces: string[];
  }[];
  deals: {
    id: string;
    kind: string;
    status: string | null;
    date: string | null;
    amount: number | null;
    currency: string | null;
    amountText: string | null;
    stake: number | null;
    published: string | null;
  }[];
  parties: { entityId: string; dealId: string; role: string }[];
  reports: {
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
  }[];
  facts: {
    type: 'COMPETES_WITH' | 'FOUNDED' | 'LEADS';
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
  }[];
}

/** Entity id by surface form as written, else by its folded alias key. */
function lookupOf(entities: readonly ExtractedEntity[]): (name: string | null) => string | null {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const e of entities) {
    for (const surface of [e.name, ...e.aliases]) {
      if (!exact.has(surface)) exact.set(surface, e.key);
      if (!folded.has(aliasKey(surface))) folded.set(aliasKey(surface), e.key);
    }
  }
  return (name) => (name === null ? null : (exact.get(name) ?? folded.get(aliasKey(name)) ?? null));
}

/** A funding round is one company's in one year; with no year it stays with its article. */
function fundingId(company: string, date: string | null, published: string | null, article: string): string {
  const year = /^\d{4}/.exec(date ?? published ?? '')?.[0];
  return year ? `fund:${company}:${year}` : `fund:${company}:undated:${article}`;
}

interface DealShape {
  id: string;
  kind: string;
  parties: [string, string][];
}

/** Deal id, kind and parties of a relation or a one-sided event, per schema/README.md. */
function dealShape(
  fact: Pick<ExtractedRelation, 'type' | 'date' | 'lead'>,
  source: string | null,
  target: string | null,
  published: string | null,
  article: string,
): DealShape | null {
  if (fact.type === 'MERGED_WITH' && source && target) {
    const [a, b] = [source, target].sort();
    return {
      id: `merger:${a}+${b}`,
      kind: 'MERGER',
      parties: [
        [source, 'MERGER_PARTY'],
        [target, 'MERGER_PARTY'],
      ],
    };
  }
  if (fact.type === 'FUNDED' && target) {
    const parties: [string, string][] = [[target, 'FUNDED_COMPANY']];
    if (source && source !== target) parties.push([source, fact.lead ? 'LEAD_INVESTOR' : 'INVESTOR']);
    return { id: fundingId(target, fact.date, published, article), kind: 'FUNDING', parties };
  }
  if (fact.type === 'FUNDED' && source) {
    return { id: `fund:?<${source}:${article}`, kind: 'FUNDING', parties: [[source, 'INVESTOR']] };
  }
  if (fact.type === 'ACQUIRED' && (source || target)) {
    const both = source && target && source !== target;
    const id = both
      ? `acq:${source}>${target}`
      : `acq:${source ?? '?'}>${target === source ? '?' : (target ?? '?')}:${article}`;
    const parties: [string, string][] = [];
    if (source) parties.push([source, 'ACQUIRER']);
    if (target && target !== source) parties.push([target, 'TARGET']);
    return { id, kind: 'ACQUISITION', parties };
  }
  return null;
}

export function buildRawRows(pairs: readonly ExtractedPair[]): RawRows {
  const rows: RawRows = {
    articles: [],
    entities: [],
    aliases: [],
    mentions: [],
    deals: [],
    parties: [],
    reports: [],
    facts: [],
  };
  const seenArticles = new Set<string>();
  for (const { input, extracted } of pairs) {
    const id = articleId(input.text);
    if (seenArticles.has(id)) continue;
    seenArticles.add(id);
    const published = extracted.published ?? input.published ?? null;
    rows.articles.push({
      id,
      title: extracted.title,
      published,
      lang: extracted.lang,
      source: input.file,
      text: input.text,
      chars: input.text.length,
    });
    for (const entity of extracted.entities) {
      const surfaces = [entity.name, ...entity.aliases];
      rows.entities.push({
        id: entity.key,
        name: entity.name,
        label: entity.type,
        aliases: surfaces,
        published,
      });
      for (const key of new Set(surfaces.map(aliasKey).filter(Boolean)))
        rows.aliases.push({ key, entityId: entity.key });
      rows.mentions.push({
        entityId: entity.key,
        articleId: id,
        count: entity.mentions.length,
        starts: entity.mentions.map((m) => m.start),
        ends: entity.mentions.map((m) => m.end),
        surfaces: entity.mentions.map((m) => m.text),
      });
    }
    const lookup = lookupOf(extracted.entities);
    const facts = [
      ...extracted.relations,
      ...extracted.events.map((e) => ({ ...e, seller: null, lead: false })),
    ];
    for (const fact of facts) {
      const source = lookup(fact.source);
      const target = lookup(fact.target);
      const evidence = {
        sentence: fact.evidence.sentence,
        start: fact.evidence.start,
        end: fact.evidence.end,
        rule: fact.rule,
        confidence: fact.confidence,
      };
      const isRelation = (extracted.relations as readonly unknown[]).includes(fact);
      if (isRelation && (!source || !target || source === target)) continue;
      if (fact.type === 'COMPETES_WITH' || fact.type === 'FOUNDED' || fact.type === 'LEADS') {
        const [s, t] =
          fact.type === 'COMPETES_WITH'
            ? [source as string, target as string].sort()
            : [source as string, target as string];
        rows.facts.push({
          type: fact.type,
          id: `${fact.type}:${s}>${t}`,
          sourceId: s,
          targetId: t,
          articleId: id,
          published,
          ...evidence,
        });
        continue;
      }
      const deal = dealShape(fact, source, target, published, id);
      if (!deal) continue;
      rows.deals.push({
        id: deal.id,
        kind: deal.kind,
        status: fact.status,
        date: fact.date,
        amount: fact.amount,
        currency: fact.currency,
        amountText: fact.amountText,
        stake: ('stake' in fact ? fact.stake : null) ?? null,
        published,
      });
      for (const [entityId, role] of deal.parties) rows.parties.push({ entityId, dealId: deal.id, role });
      const seller = isRelation && fact.type === 'ACQUIRED' ? lookup(fact.seller) : null;
      if (seller && seller !== source && seller !== target)
        rows.parties.push({ entityId: seller, dealId: deal.id, role: 'SELLER' });
      rows.reports.push({
        dealId: deal.id,
        articleId: id,
        ...evidence,
        status: fact.status,
        date: fact.date,
        amount: fact.amount,
        currency: fact.currency,
        amountText: fact.amountText,
      });
    }
  }
  // A lead investor is an investor: the role is not stored twice for one deal.
  const leads = new Set(
    rows.parties.filter((p) => p.role === 'LEAD_INVESTOR').map((p) => `${p.dealId} ${p.entityId}`),
  );
  rows.parties = rows.parties.filter((p) => p.role !== 'INVESTOR' || !leads.has(`${p.dealId} ${p.entityId}`));
  return rows;
}
