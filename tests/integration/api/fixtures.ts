import { entityKey } from '../../../ingest/resolve/normalize';
import type {
  ArticleInput,
  EntityType,
  ExtractedArticle,
  ExtractedEntity,
  ExtractedRelation,
  Language,
  RelationType,
} from '../../../ingest/types';

/**
 * Hand-built extraction results, so the API tests do not depend on how well extraction does. Offsets are
 * computed from the text, never typed in.
 */
export interface StoredArticle {
  input: ArticleInput;
  extracted: ExtractedArticle;
}

interface EntitySpec {
  name: string;
  type?: EntityType;
  aliases?: string[];
}

interface RelationSpec {
  type: RelationType;
  source: string;
  target: string;
  sentence: string;
  amount?: number;
  currency?: string;
  date?: string;
  status?: ExtractedRelation['status'];
  seller?: string;
}

function spans(text: string, surface: string) {
  const out = [];
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
    out.push({ start: i, end: i + surface.length, text: surface });
  }
  return out;
}

export function article(
  file: string,
  lang: Language,
  published: string,
  title: string,
  sentences: string[],
  entities: EntitySpec[],
  relations: RelationSpec[],
): StoredArticle {
  const text = sentences.join(' ');
  const extractedEntities: ExtractedEntity[] = entities.map((e) => {
    const type = e.type ?? 'Organization';
    const aliases = e.aliases ?? [];
    return {
      name: e.name,
      type,
      aliases,
      key: entityKey(e.name, type),
      mentions: [e.name, ...aliases].flatMap((s) => spans(text, s)).sort((a, b) => a.start - b.start),
    };
  });
  const extractedRelations: ExtractedRelation[] = relations.map((r) => {
    const start = text.indexOf(r.sentence);
    if (start < 0) throw new Error(`fixture sentence not in text: ${r.sentence}`);
    const deal = r.type === 'ACQUIRED' || r.type === 'FUNDED' || r.type === 'MERGED_WITH';
    return {
      type: r.type,
      source: r.source,
      target: r.target,
      status: deal ? (r.status ?? 'completed') : null,
      date: r.date ?? (deal ? published.slice(0, 7) : null),
      amount: r.amount ?? null,
      currency: r.currency ?? null,
      amountText: r.amount ? `${r.amount} ${r.currency ?? ''}`.trim() : null,
      seller: r.seller ?? null,
      evidence: { sentence: r.sentence, start, end: start + r.sentence.length },
      rule: `test.${r.type.toLowerCase()}`,
      confidence: 0.9,
    };
  });
  return {
    input: { file, text, title, url: `https://news.example/${file}`, published },
    extracted: {
      file,
      lang,
      title,
      published,
      entities: extractedEntities,
      relations: extractedRelations,
      events: [],
    },
  };
}

const S = {
  buy1: 'Webhelp SAS rachète Sitel Group pour 100 millions d’euros.',
  rival: 'Téléperformance est le principal concurrent de Webhelp.',
  ceo: 'Olivier Duha dirige Webhelp.',
  buy2: 'Webhelp acquired Sitel for 120 million euros.',
  fund: 'Acme Ventures invested 5 million dollars in Foo Labs.',
  rival2: 'Foo Labs competes with Bar Robotics.',
  merge: 'Bar Robotics merged with Qux Systems.',
  founder: 'Jane Roe founded Foo Labs.',
};

/** Three articles in two languages: an acquisition reported twice with different amounts, funding, rivals. */
export const CORE_ARTICLES: StoredArticle[] = [
  article(
    'fr-rachat.txt',
    'fr',
    '2016-01-10',
    'Webhelp rachète Sitel',
    [S.buy1, S.rival, S.ceo],
    [
      { name: 'Webhelp', aliases: ['Webhelp SAS'] },
      { name: 'Sitel Group' },
      { name: 'Téléperformance' },
      { name: 'Olivier Duha', type: 'Person' },
    ],
    [
      {
        type: 'ACQUIRED',
        source: 'Webhelp',
        target: 'Sitel Group',
        sentence: S.buy1,
        amount: 100e6,
        currency: 'EUR',
        date: '2016-01',
      },
      { type: 'COMPETES_WITH', source: 'Téléperformance', target: 'Webhelp', sentence: S.rival },
      { type: 'LEADS', source: 'Olivier Duha', target: 'Webhelp', sentence: S.ceo },
    ],
  ),
  article(
    'en-deal.txt',
    'en',
    '2017-03-05',
    'Webhelp buys Sitel; Foo Labs raises',
    [S.buy2, S.fund],
    [
      { name: 'Webhelp' },
      { name: 'Sitel Group', aliases: ['Sitel'] },
      { name: 'Acme Ventures' },
      { name: 'Foo Labs' },
    ],
    [
      {
        type: 'ACQUIRED',
        source: 'Webhelp',
        target: 'Sitel Group',
        sentence: S.buy2,
        amount: 120e6,
        currency: 'EUR',
        date: '2016-01',
      },
      {
        type: 'FUNDED',
        source: 'Acme Ventures',
        target: 'Foo Labs',
        sentence: S.fund,
        amount: 5e6,
        currency: 'USD',
        date: '2017-03',
      },
    ],
  ),
  article(
    'en-rivals.txt',
    'en',
    '2018-06-01',
    'Robots everywhere',
    [S.rival2, S.merge, S.founder],
    [
      { name: 'Foo Labs' },
      { name: 'Bar Robotics' },
      { name: 'Qux Systems' },
      { name: 'Jane Roe', type: 'Person' },
    ],
    [
      { type: 'COMPETES_WITH', source: 'Foo Labs', target: 'Bar Robotics', sentence: S.rival2 },
      {
        type: 'MERGED_WITH',
        source: 'Bar Robotics',
        target: 'Qux Systems',
        sentence: S.merge,
        date: '2018-05',
      },
      { type: 'FOUNDED', source: 'Jane Roe', target: 'Foo Labs', sentence: S.founder },
    ],
  ),
];

/** Many small acquisitions, for checking that nested reads cost a bounded number of queries. */
export function bulkArticle(count: number): StoredArticle {
  const sentences: string[] = [];
  const entities: EntitySpec[] = [];
  const relations: RelationSpec[] = [];
  for (let i = 1; i <= count; i += 1) {
    const buyer = `Buyer Number${i}`;
    const target = `Target Number${i}`;
    const sentence = `${buyer} acquired ${target} for ${i} million euros.`;
    sentences.push(sentence);
    entities.push({ name: buyer }, { name: target });
    relations.push({
      type: 'ACQUIRED',
      source: buyer,
      target,
      sentence,
      amount: i * 1e6,
      currency: 'EUR',
      date: '2019-02',
    });
  }
  return article('en-bulk.txt', 'en', '2019-02-01', 'Shopping spree', sentences, entities, relations);
}

/** Deals in the bulk fixture: enough for a second page of 20 acquisitions. */
const BULK_DEALS = 45;
/** Acquisitions with no amount stated: the API lists them after every priced one. */
const UNPRICED = article(
  'en-unpriced.txt',
  'en',
  '2020-05-01',
  'Undisclosed terms',
  ['Quiet Holdings acquired Silent Widgets.', 'Hush Partners acquired Mute Labs.'],
  [{ name: 'Quiet Holdings' }, { name: 'Silent Widgets' }, { name: 'Hush Partners' }, { name: 'Mute Labs' }],
  [
    {
      type: 'ACQUIRED',
      source: 'Quiet Holdings',
      target: 'Silent Widgets',
      sentence: 'Quiet Holdings acquired Silent Widgets.',
    },
    {
      type: 'ACQUIRED',
      source: 'Hush Partners',
      target: 'Mute Labs',
      sentence: 'Hush Partners acquired Mute Labs.',
    },
  ],
);

/** The graph the bench's operations are checked on: the core articles, a bulk of deals and two unpriced ones. */
export const BENCH_ARTICLES: StoredArticle[] = [...CORE_ARTICLES, bulkArticle(BULK_DEALS), UNPRICED];
