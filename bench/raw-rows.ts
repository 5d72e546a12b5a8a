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

function dealOf(relation: ExtractedRelation, sourceId: string, targetId: string, published: string | null) {
  if (relation.type === 'ACQUIRED') return { id: `acq:${sourceId}>${targetId}`, kind: 'ACQUISITION' };
  if (relation.type === 'MERGED_WITH') {
    const [a, b] = [sourceId, targetId].sort();
    return { id: `merger:${a}+${b}`, kind: 'MERGER' };
  }
  const year = (relation.date ?? published ?? '').slice(0, 4) || 'undated';
  return { id: `fund:${targetId}:${year}`, kind: 'FUNDING' };
}

function partiesOf(relation: ExtractedRelation, sourceId: string, targetId: string): [string, string][] {
  if (relation.type === 'ACQUIRED')
    return [
      [sourceId, 'ACQUIRER'],
      [targetId, 'TARGET'],
    ];
  if (relation.type === 'MERGED_WITH')
    return [
      [sourceId, 'MERGER_PARTY'],
      [targetId, 'MERGER_PARTY'],
    ];
  return [
    [sourceId, relation.lead ? 'LEAD_INVESTOR' : 'INVESTOR'],
    [targetId, 'FUNDED_COMPANY'],
  ];
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
    const byName = new Map<string, ExtractedEntity>();
    for (const entity of extracted.entities) {
      byName.set(entity.name, entity);
      for (const alias of entity.aliases) if (!byName.has(alias)) byName.set(alias, entity);
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
    for (const relation of extracted.relations) {
      const source = byName.get(relation.source)?.key;
      const target = byName.get(relation.target)?.key;
      if (!source || !target || source === target) continue;
      const evidence = {
        sentence: relation.evidence.sentence,
        start: relation.evidence.start,
        end: relation.evidence.end,
        rule: relation.rule,
        confidence: relation.confidence,
      };
      if (relation.type === 'COMPETES_WITH' || relation.type === 'FOUNDED' || relation.type === 'LEADS') {
        const [s, t] = relation.type === 'COMPETES_WITH' ? [source, target].sort() : [source, target];
        rows.facts.push({
          type: relation.type,
          id: `${relation.type}:${s}>${t}`,
          sourceId: s,
          targetId: t,
          articleId: id,
          published,
          ...evidence,
        });
        continue;
      }
      const deal = dealOf(relation, source, target, published);
      rows.deals.push({
        ...deal,
        status: relation.status,
        date: relation.date,
        amount: relation.amount,
        currency: relation.currency,
        amountText: relation.amountText,
        stake: relation.stake ?? null,
        published,
      });
      for (const [entityId, role] of partiesOf(relation, source, target))
        rows.parties.push({ entityId, dealId: deal.id, role });
      const seller = relation.seller ? byName.get(relation.seller)?.key : undefined;
      if (seller) rows.parties.push({ entityId: seller, dealId: deal.id, role: 'SELLER' });
      rows.reports.push({
        dealId: deal.id,
        articleId: id,
        ...evidence,
        status: relation.status,
        date: relation.date,
        amount: relation.amount,
        currency: relation.currency,
        amountText: relation.amountText,
      });
    }
  }
  return rows;
}
