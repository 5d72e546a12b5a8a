import { entityKey } from '../../../ingest/resolve/normalize';
import { buildWriteRows } from '../../../graph/writer/rows';
import type { NewArticle } from '../../../graph/writer/rows';
import type { ArticleToStore } from '../../../graph/writer';
import { article, entity, event, relation } from '../../setup/articles';

const NOW = '2026-01-01T00:00:00.000Z';
const same = (id: string): string => id;

function withId(a: ArticleToStore, id: string): NewArticle {
  return { ...a, id };
}

describe('buildWriteRows', () => {
  it('makes one entity row per entity across articles, with every surface form and the seen dates', () => {
    const rows = buildWriteRows(
      [
        withId(article('one', '2020-05-01', [entity('Acme SA', 'Organization', ['ACME'])]), 'a1'),
        withId(article('two', '2019-01-01', [entity('Acme')]), 'a2'),
      ],
      same,
      NOW,
    );
    expect(rows.organizations).toEqual([
      {
        id: 'org:acme',
        name: 'Acme SA',
        aliases: ['Acme SA', 'ACME', 'Acme'],
        firstSeen: '2019-01-01',
        lastSeen: '2020-05-01',
      },
    ]);
    expect(rows.aliases).toEqual([{ key: 'acme', entityId: 'org:acme' }]);
    expect(rows.mentions.map((m) => [m.entityId, m.articleId, m.count])).toEqual([
      ['org:acme', 'a1', 1],
      ['org:acme', 'a2', 1],
    ]);
    expect(rows.articles.map((a) => [a.id, a.ingestedAt, a.chars])).toEqual([
      ['a1', NOW, 3],
      ['a2', NOW, 3],
    ]);
  });

  it('resolves redirected keys before building deal ids', () => {
    const resolve = (id: string): string => (id === 'org:old' ? 'org:new' : id);
    const rows = buildWriteRows(
      [
        withId(
          article('x', null, [entity('Old'), entity('Target')], [relation('ACQUIRED', 'Old', 'Target')]),
          'a1',
        ),
      ],
      resolve,
      NOW,
    );
    expect(rows.deals).toEqual([{ id: 'acq:org:new>org:target', kind: 'ACQUISITION' }]);
    expect(rows.organizations.map((e) => e.id).sort()).toEqual(['org:new', 'org:target']);
  });

  it('keeps one report per deal and article, the best status with gaps filled from the others', () => {
    const rows = buildWriteRows(
      [
        withId(
          article(
            'x',
            '2020-01-01',
            [entity('Acme'), entity('Widgetly'), entity('Seller Co')],
            [
              relation('ACQUIRED', 'Acme', 'Widgetly', {
                status: 'announced',
                amount: 7,
                currency: 'USD',
                amountText: '$7',
              }),
              relation('ACQUIRED', 'Acme', 'Widgetly', {
                status: 'completed',
                seller: 'Seller Co',
                date: '2020-01',
              }),
            ],
          ),
          'a1',
        ),
      ],
      same,
      NOW,
    );
    expect(rows.reports).toHaveLength(1);
    expect(rows.reports[0]).toMatchObject({
      status: 'completed',
      amount: 7,
      currency: 'USD',
      date: '2020-01',
    });
    expect(rows.parties.map((p) => p.role).sort()).toEqual(['ACQUIRER', 'SELLER', 'TARGET']);
  });

  it('files funding by company and year, a lead investor once, and counts unusable relations', () => {
    const rows = buildWriteRows(
      [
        withId(
          article(
            'x',
            '2021-04-01',
            [entity('Seedy'), entity('Fund One'), entity('Pat', 'Person')],
            [
              relation('FUNDED', 'Fund One', 'Seedy', { lead: true }),
              relation('FUNDED', 'Fund One', 'Seedy', { lead: false }),
              relation('LEADS', 'Pat', 'Unknown Inc'),
              relation('COMPETES_WITH', 'Seedy', 'Seedy'),
            ],
            [event('FUNDED', null, null)],
          ),
          'a1',
        ),
      ],
      same,
      NOW,
    );
    expect(rows.deals).toEqual([{ id: 'fund:org:seedy:2021', kind: 'FUNDING' }]);
    expect(rows.parties.map((p) => `${p.entityId}=${p.role}`).sort()).toEqual([
      'org:fund one=LEAD_INVESTOR',
      'org:seedy=FUNDED_COMPANY',
    ]);
    expect(rows.relationsDropped).toBe(3);
  });

  it('stores COMPETES_WITH from the smaller id and one evidence per fact and article', () => {
    const rows = buildWriteRows(
      [
        withId(
          article(
            'x',
            '2020-01-01',
            [entity('Zed'), entity('Acme')],
            [
              relation('COMPETES_WITH', 'Zed', 'Acme', { confidence: 0.5 }),
              relation('COMPETES_WITH', 'Acme', 'Zed', { confidence: 0.9 }),
            ],
          ),
          'a1',
        ),
      ],
      same,
      NOW,
    );
    expect(rows.facts).toHaveLength(1);
    expect(rows.facts[0]).toMatchObject({
      sourceId: 'org:acme',
      targetId: 'org:zed',
      confidence: 0.9,
      id: 'COMPETES_WITH:org:acme>org:zed',
    });
  });

  it('finds relation ends by alias as well as by name', () => {
    const rows = buildWriteRows(
      [
        withId(
          article(
            'x',
            null,
            [entity('Société Générale', 'Organization', ['SocGen']), entity('Lyxor')],
            [relation('ACQUIRED', 'Amundi', 'Lyxor'), relation('ACQUIRED', 'SocGen', 'Lyxor')],
          ),
          'a1',
        ),
      ],
      same,
      NOW,
    );
    const parent = entityKey('Société Générale', 'Organization');
    expect(rows.deals.map((d) => d.id)).toEqual([`acq:${parent}>org:lyxor`]);
    expect(rows.relationsDropped).toBe(1);
  });
});
