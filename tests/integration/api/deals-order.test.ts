/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import { article } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

/**
 * A page of deals is read by walking the sort property's index, then the deals lacking the property. The
 * pages, put end to end, must be exactly the list a plain full sort gives (nulls last, ties by id), across
 * the boundary between the two walks, with rejected deals left out unless asked for.
 */

/** Acquisitions of the fixture: amount (null: none stated) and date (null: none stated). */
const DEALS: { amount: number | null; date: string | null; kind: 'ACQUIRED' | 'FUNDED' }[] = [
  { amount: 5e6, date: '2019-03', kind: 'ACQUIRED' },
  { amount: 5e6, date: '2019-01', kind: 'ACQUIRED' },
  { amount: 3e6, date: null, kind: 'ACQUIRED' },
  { amount: null, date: '2018-11', kind: 'ACQUIRED' },
  { amount: null, date: null, kind: 'ACQUIRED' },
  { amount: 8e6, date: '2019-03', kind: 'ACQUIRED' },
  { amount: null, date: '2020-06', kind: 'ACQUIRED' },
  { amount: 1e6, date: '2017-05', kind: 'ACQUIRED' },
  { amount: 2e6, date: null, kind: 'FUNDED' },
  { amount: null, date: '2019-07', kind: 'FUNDED' },
];
const PAGE = 2;
/** Publication day of the fixture article, later than every deal date above. */
const PUBLISHED = '2021-01-01';
const SORTS = ['DATE_DESC', 'DATE_ASC', 'AMOUNT_DESC', 'AMOUNT_ASC'] as const;
/** The full sort each sort name means, written out independently of the reader's Cypher. */
const ORDER: Record<(typeof SORTS)[number], string> = {
  DATE_DESC: 'd.date IS NULL, d.date DESC, d.id',
  DATE_ASC: 'd.date IS NULL, d.date ASC, d.id',
  AMOUNT_DESC: 'd.amount IS NULL, d.amount DESC, d.id',
  AMOUNT_ASC: 'd.amount IS NULL, d.amount ASC, d.id',
};

function fixture() {
  const sentences: string[] = [];
  const entities: { name: string }[] = [];
  const relations: any[] = [];
  DEALS.forEach((d, i) => {
    const buyer = `Ordering Buyer${i}`;
    const target = `Ordering Target${i}`;
    const sentence = `${buyer} ${d.kind === 'ACQUIRED' ? 'acquired' : 'funded'} ${target}.`;
    sentences.push(sentence);
    entities.push({ name: buyer }, { name: target });
    relations.push({
      type: d.kind,
      source: buyer,
      target,
      sentence,
      ...(d.amount === null ? {} : { amount: d.amount, currency: 'EUR' }),
      ...(d.date === null ? {} : { date: d.date }),
    });
  });
  return article('en-order.txt', 'en', PUBLISHED, 'Deals in order', sentences, entities, relations);
}

let h: Harness;
let rejectedId: string;
beforeAll(async () => {
  h = await startHarness([fixture()]);
  // The fixture dates an undated deal by its article's month; the model allows no date at all, which must
  // sort last, so those dates are taken off again.
  await h.graph.driver.executeQuery(`MATCH (d:Deal {date: $month}) REMOVE d.date`, {
    month: PUBLISHED.slice(0, 7),
  });
  const rows = await h.graph.driver.executeQuery(
    `MATCH (d:Deal {kind: 'ACQUISITION'}) WHERE d.amount IS NOT NULL RETURN d.id AS id ORDER BY d.amount DESC, d.id LIMIT 1`,
  );
  rejectedId = rows.records[0].get('id') as string;
  await h.graph.driver.executeQuery(`CREATE (:Curation {factId: $id, verdict: 'REJECTED', by: 'test'})`, {
    id: rejectedId,
  });
});
afterAll(async () => {
  await h?.close();
});

async function expected(sort: (typeof SORTS)[number], kind: string | null, includeRejected: boolean) {
  const rows = await h.graph.driver.executeQuery(
    `MATCH (d:Deal) WHERE ($kind IS NULL OR d.kind = $kind)
       AND ($all OR NOT EXISTS { MATCH (c:Curation {factId: d.id}) WHERE c.verdict = 'REJECTED' })
     RETURN d.id AS id ORDER BY ${ORDER[sort]}`,
    { kind, all: includeRejected },
  );
  return rows.records.map((r) => r.get('id') as string);
}

async function allPages(sort: string, kind: string | null, includeRejected: boolean) {
  const seen: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let guard = 0; guard < DEALS.length + 2; guard += 1) {
    const r = await h.gql(
      `query($after: String, $sort: DealSort, $filter: DealFilter, $all: Boolean) {
        deals(first: ${PAGE}, after: $after, sort: $sort, filter: $filter, includeRejected: $all) {
          totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after, sort, filter: kind ? { kind } : null, all: includeRejected },
    );
    expect(r.body.errors).toBeUndefined();
    const page = r.body.data?.deals;
    totals.add(page.totalCount);
    seen.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { seen, totals: [...totals] };
}

describe('deal pages in index order', () => {
  it.each(SORTS)(
    '%s: pages end to end equal the full sort, per kind and with rejected deals',
    async (sort) => {
      for (const kind of ['ACQUISITION', null]) {
        for (const includeRejected of [false, true]) {
          const want = await expected(sort, kind, includeRejected);
          const got = await allPages(sort, kind, includeRejected);
          expect(got.seen).toEqual(want);
          expect(got.totals).toEqual([want.length]);
          expect(got.seen.includes(rejectedId)).toBe(includeRejected);
          // The fixture reaches both walks: deals with the sort property and deals without it.
          expect(got.seen.length).toBeGreaterThan(PAGE);
        }
      }
    },
  );

  it('still holds with a narrow filter (a party), which sorts the matches instead', async () => {
    const r = await h.gql(
      `{ deals(filter: { party: "Ordering Buyer0" }, sort: AMOUNT_DESC) { totalCount edges { node { id amount } } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.deals.totalCount).toBe(r.body.data?.deals.edges.length);
    expect(r.body.data?.deals.edges.length).toBeGreaterThan(0);
  });
});
