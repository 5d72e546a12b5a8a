/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import { CORE_ARTICLES } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(CORE_ARTICLES);
});
afterAll(async () => {
  await h?.close();
});

const DEAL_FIELDS = `id kind status date amount currency amountConflict
  parties { role entity { name } }
  evidence { sentence start end rule confidence amount currency status article { id title language published } }`;

const ids = (r: any) => r.body.data?.deals.edges.map((e: any) => e.node.id);

describe('deals', () => {
  it('filters acquisitions by a party name, with every report side by side', async () => {
    const r = await h.gql(
      `{ deals(filter: {kind: ACQUISITION, party: "webhelp"}) { totalCount edges { node { ${DEAL_FIELDS} } } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.deals.totalCount).toBe(1);
    const deal = r.body.data?.deals.edges[0].node;
    expect(deal.kind).toBe('ACQUISITION');
    expect(deal.parties).toEqual(
      expect.arrayContaining([
        { role: 'ACQUIRER', entity: { name: 'Webhelp' } },
        { role: 'TARGET', entity: { name: 'Sitel Group' } },
      ]),
    );
    expect(deal.evidence).toHaveLength(2);
    expect(deal.evidence.map((e: any) => e.amount).sort()).toEqual([100e6, 120e6]);
    expect(deal.evidence.map((e: any) => e.article.language).sort()).toEqual(['EN', 'FR']);
    expect(deal.amountConflict).toBe(true);
    for (const e of deal.evidence) {
      const stored = CORE_ARTICLES.find((a) => a.input.title === e.article.title)!;
      expect(stored.input.text.slice(e.start, e.end)).toBe(e.sentence);
      expect(e.status).toBe('COMPLETED');
    }
  });

  it('filters by role: Sitel is a target, never an acquirer', async () => {
    const asTarget = await h.gql('{ deals(filter: {party: "Sitel", role: TARGET}) { totalCount } }');
    const asAcquirer = await h.gql('{ deals(filter: {party: "Sitel", role: ACQUIRER}) { totalCount } }');
    expect(asTarget.body.data?.deals.totalCount).toBe(1);
    expect(asAcquirer.body.data?.deals.totalCount).toBe(0);
  });

  it('filters by kind, currency, amount range, date range, language and article', async () => {
    const all = await h.gql('{ deals { totalCount } }');
    expect(all.body.data?.deals.totalCount).toBe(3);
    const usd = await h.gql('{ deals(filter: {currency: "usd"}) { edges { node { kind } } } }');
    expect(usd.body.data?.deals.edges.map((e: any) => e.node.kind)).toEqual(['FUNDING']);
    const big = await h.gql('{ deals(filter: {amountMin: 50000000}) { edges { node { kind } } } }');
    expect(big.body.data?.deals.edges.map((e: any) => e.node.kind)).toEqual(['ACQUISITION']);
    const in2018 = await h.gql(
      '{ deals(filter: {dateFrom: "2018", dateTo: "2018"}) { edges { node { kind } } } }',
    );
    expect(in2018.body.data?.deals.edges.map((e: any) => e.node.kind)).toEqual(['MERGER']);
    const fr = await h.gql('{ deals(filter: {language: FR}) { edges { node { kind } } } }');
    expect(fr.body.data?.deals.edges.map((e: any) => e.node.kind)).toEqual(['ACQUISITION']);
    const art = await h.gql(
      '{ deals(filter: {kind: FUNDING}) { edges { node { evidence { article { id } } } } } }',
    );
    const articleId = art.body.data?.deals.edges[0].node.evidence[0].article.id;
    const byArticle = await h.gql(`query($a: ID) { deals(filter: {article: $a}) { totalCount } }`, {
      a: articleId,
    });
    expect(byArticle.body.data?.deals.totalCount).toBe(2);
    const completed = await h.gql('{ deals(filter: {status: COMPLETED}) { totalCount } }');
    expect(completed.body.data?.deals.totalCount).toBe(3);
  });

  it('sorts by date and amount', async () => {
    const byDate = await h.gql('{ deals(sort: DATE_ASC) { edges { node { date } } } }');
    const dates = byDate.body.data?.deals.edges.map((e: any) => e.node.date);
    expect(dates).toEqual([...dates].sort());
    const byAmount = await h.gql('{ deals(sort: AMOUNT_DESC) { edges { node { amount } } } }');
    const amounts = byAmount.body.data?.deals.edges
      .map((e: any) => e.node.amount)
      .filter((a: any) => a !== null);
    expect(amounts).toEqual([...amounts].sort((a: number, b: number) => b - a));
  });

  it('pages with cursors until the end, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const r: any = await h.gql(
        'query($after: String) { deals(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
        { after },
      );
      seen.push(...ids(r));
      expect(r.body.data.deals.pageInfo.hasPreviousPage).toBe(page > 0);
      if (!r.body.data.deals.pageInfo.hasNextPage) break;
      after = r.body.data.deals.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });

  it('leaves out deals dated or first reported after asOf', async () => {
    const r = await h.gql('{ deals(asOf: "2016-12-31") { edges { node { kind firstReported } } } }');
    expect(r.body.data?.deals.edges.map((e: any) => e.node.kind)).toEqual(['ACQUISITION']);
    const org = await h.gql(
      '{ organization(name: "Foo Labs") { deals(asOf: "2016") { role } all: deals { role } } }',
    );
    expect(org.body.data?.organization.deals).toEqual([]);
    expect(org.body.data?.organization.all).toEqual([{ role: 'FUNDED_COMPANY' }]);
  });

  it('lists an organization’s deals by role with counts', async () => {
    const r = await h.gql(`{ organization(name: "Webhelp") { acq: deals(role: ACQUIRER) { role deal { kind } }
      tgt: deals(role: TARGET) { role } n: dealCount m: dealCount(kind: FUNDING) } }`);
    expect(r.body.data?.organization).toEqual({
      acq: [{ role: 'ACQUIRER', deal: { kind: 'ACQUISITION' } }],
      tgt: [],
      n: 1,
      m: 0,
    });
  });

  it('rejects bad filter values and unknown cursors with BAD_USER_INPUT', async () => {
    const cur = await h.gql('{ deals(after: "garbage") { totalCount } }');
    expect(cur.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const range = await h.gql('{ deals(filter: {amountMin: 10, amountMax: 1}) { totalCount } }');
    expect(range.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const date = await h.gql('{ deals(asOf: "last tuesday") { totalCount } }');
    expect(date.status).toBe(400);
    const first = await h.gql('{ deals(first: 1000) { totalCount } }');
    expect(first.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads articles with their deals and entities', async () => {
    const r = await h.gql(
      '{ articles(first: 10) { totalCount edges { node { title language published deals { kind } entities { name } } } } }',
    );
    expect(r.body.data?.articles.totalCount).toBe(3);
    const nodes = r.body.data?.articles.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.published)).toEqual(['2018-06-01', '2017-03-05', '2016-01-10']);
    const en = nodes.find((n: any) => n.published === '2017-03-05');
    expect(en.deals.map((d: any) => d.kind).sort()).toEqual(['ACQUISITION', 'FUNDING']);
    expect(en.entities.map((e: any) => e.name)).toEqual(
      expect.arrayContaining(['Acme Ventures', 'Foo Labs']),
    );
  });
});
