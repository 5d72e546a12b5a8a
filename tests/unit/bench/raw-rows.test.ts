import type { ExtractedArticle, ExtractedRelation } from '../../../ingest/types';
import { buildRawRows } from '../../../bench/raw-rows';

const evidence = { sentence: 's', start: 0, end: 1 };
function relation(
  partial: Partial<ExtractedRelation> & Pick<ExtractedRelation, 'type' | 'source' | 'target'>,
): ExtractedRelation {
  return {
    status: null,
    date: null,
    amount: null,
    currency: null,
    amountText: null,
    seller: null,
    evidence,
    rule: 'test',
    confidence: 0.9,
    ...partial,
  };
}
function entity(name: string, key: string, type: 'Organization' | 'Person' = 'Organization') {
  return { name, type, aliases: [], key, mentions: [{ start: 0, end: name.length, text: name }] };
}

const extracted: ExtractedArticle = {
  file: 'x',
  lang: 'en',
  title: null,
  published: '1987-03-02',
  entities: [
    entity('Zeta Corp', 'org:zeta'),
    entity('Alpha Inc', 'org:alpha'),
    entity('Kim Lo', 'person:kim lo', 'Person'),
  ],
  relations: [
    relation({ type: 'ACQUIRED', source: 'Zeta Corp', target: 'Alpha Inc', status: 'completed' }),
    relation({ type: 'MERGED_WITH', source: 'Zeta Corp', target: 'Alpha Inc', status: 'announced' }),
    relation({ type: 'FUNDED', source: 'Zeta Corp', target: 'Alpha Inc', status: 'completed', lead: true }),
    relation({ type: 'COMPETES_WITH', source: 'Zeta Corp', target: 'Alpha Inc' }),
    relation({ type: 'LEADS', source: 'Kim Lo', target: 'Zeta Corp' }),
    relation({ type: 'ACQUIRED', source: 'Nobody', target: 'Alpha Inc' }),
  ],
  events: [],
};

describe('buildRawRows', () => {
  const rows = buildRawRows([{ input: { file: 'x', text: 'some text' }, extracted }]);

  it('keys deals the way schema/README.md says', () => {
    expect(rows.deals.map((d) => [d.id, d.kind])).toEqual([
      ['acq:org:zeta>org:alpha', 'ACQUISITION'],
      ['merger:org:alpha+org:zeta', 'MERGER'],
      ['fund:org:alpha:1987', 'FUNDING'],
    ]);
    expect(
      rows.parties
        .filter((p) => p.dealId.startsWith('fund:'))
        .map((p) => p.role)
        .sort(),
    ).toEqual(['FUNDED_COMPANY', 'LEAD_INVESTOR']);
  });

  it('stores symmetric facts from the smaller id and directed ones as stated, skipping unknown parties', () => {
    expect(rows.facts.map((f) => f.id)).toEqual([
      'COMPETES_WITH:org:alpha>org:zeta',
      'LEADS:person:kim lo>org:zeta',
    ]);
    expect(rows.reports).toHaveLength(3);
  });

  it('writes one article, its entities, alias keys and mentions', () => {
    expect(rows.articles).toHaveLength(1);
    expect(rows.entities.map((e) => e.label)).toEqual(['Organization', 'Organization', 'Person']);
    expect(rows.aliases.map((a) => a.key)).toEqual(['zeta', 'alpha', 'kim lo']);
    expect(rows.mentions.every((m) => m.articleId === rows.articles[0].id && m.count === 1)).toBe(true);
  });

  it('keeps one-sided events as deals keyed by their article', () => {
    const withEvents = buildRawRows([
      {
        input: { file: 'z', text: 'other text' },
        extracted: {
          ...extracted,
          published: null,
          relations: [],
          events: [
            {
              type: 'FUNDED',
              source: null,
              target: 'Alpha Inc',
              status: 'completed',
              date: null,
              amount: 5,
              currency: 'USD',
              amountText: '5 dlrs',
              evidence,
              rule: 'e',
              confidence: 0.5,
            },
            {
              type: 'ACQUIRED',
              source: 'Zeta Corp',
              target: null,
              status: 'announced',
              date: '1987',
              amount: null,
              currency: null,
              amountText: null,
              evidence,
              rule: 'e',
              confidence: 0.5,
            },
          ],
        },
      },
    ]);
    const article = withEvents.articles[0].id;
    expect(withEvents.deals.map((d) => d.id)).toEqual([
      `fund:org:alpha:undated:${article}`,
      `acq:org:zeta>?:${article}`,
    ]);
    expect(withEvents.parties.map((p) => p.role)).toEqual(['FUNDED_COMPANY', 'ACQUIRER']);
  });

  it('skips an article already seen in the batch', () => {
    const twice = buildRawRows([
      { input: { file: 'x', text: 'some text' }, extracted },
      { input: { file: 'y', text: 'some text' }, extracted },
    ]);
    expect(twice.articles).toHaveLength(1);
  });
});
