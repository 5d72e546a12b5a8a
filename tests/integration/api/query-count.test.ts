/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import { bulkArticle, CORE_ARTICLES } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

/** Entities in the bulk fixture: twice this many, one deal per pair. */
const PAIRS = 30;
/**
 * The nested request below has seven list levels under the root; with per-request DataLoaders each level
 * is one batched query, whatever the number of items. Allow a few more for name resolution and paging.
 */
const QUERY_BOUND = 14;

let h: Harness;
beforeAll(async () => {
  // The cost limit is raised: this test is about batching, and the request is deliberately wide.
  h = await startHarness([...CORE_ARTICLES, bulkArticle(PAIRS)], { DEALGRAPH_MAX_COST: '10000000' });
});
afterAll(async () => {
  await h?.close();
});

const NESTED = `query($n: Int) {
  deals(first: $n, sort: AMOUNT_DESC) {
    edges { node {
      id curation { verdict }
      evidence { sentence article { title } }
      parties { role entity {
        name mentionCount
        mentions(first: 5) { article { title } }
        deals(first: 5) { deal { id parties { entity { name } } } }
        facts { id source { name } }
        ... on Organization { competitors { entity { name } } }
      } }
    } }
  }
}`;

async function countFor(n: number): Promise<{ queries: number; entities: number }> {
  h.resetQueryCount();
  const r = await h.gql(NESTED, { n });
  expect(r.body.errors).toBeUndefined();
  const entities = r.body.data?.deals.edges.reduce((s: number, e: any) => s + e.node.parties.length, 0);
  return { queries: h.queryCount(), entities };
}

describe('no N+1', () => {
  it('reads a nested page of many entities in a bounded number of queries, about the same for 3 or 30 deals', async () => {
    const small = await countFor(3);
    const large = await countFor(PAIRS);
    expect(large.entities).toBeGreaterThanOrEqual(2 * PAIRS);
    expect(large.queries).toBeLessThanOrEqual(QUERY_BOUND);
    // Loader batches can split across ticks differently with more data, so equality is not promised;
    // an N+1 would show up as tens of extra queries here, not one or two.
    expect(large.queries - small.queries).toBeLessThanOrEqual(2);
  });
});
