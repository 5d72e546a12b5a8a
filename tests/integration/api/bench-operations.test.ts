/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import { runCypherRead } from '../../../bench/cypher-read';
import { pickQueryParameters, queryOperations } from '../../../bench/query-operations';
import type { QueryOperation } from '../../../bench/query-operations';
import { BENCH_ARTICLES } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The bench compares each GraphQL operation with hand-written Cypher; the comparison only means something
 * if both return the same answer. Checked here on a graph with deals, rivals and a path.
 */

/** Setting up writes ~50 deals and picks the arguments; on a busy shared machine that can pass a minute. */
const SETUP_TIMEOUT_MS = 180_000;

let h: Harness;
let ops: Map<string, QueryOperation>;
beforeAll(async () => {
  h = await startHarness(BENCH_ARTICLES);
  const picked = await pickQueryParameters(h.graph);
  const first = await h.gql(
    '{ deals(filter: { kind: ACQUISITION }, sort: AMOUNT_DESC, first: 20) { pageInfo { endCursor } } }',
  );
  const dealsAfter = first.body.data?.deals.pageInfo.endCursor as string;
  ops = new Map(queryOperations({ ...picked, dealsAfter }).map((op) => [op.name, op]));
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await h?.close();
});

async function both(name: string) {
  const op = ops.get(name)!;
  const r = await h.gql(op.graphql.query, op.graphql.variables);
  expect(r.body.errors).toBeUndefined();
  const rows = await h.graph.driver.executeQuery(op.cypher.text, op.cypher.params);
  expect(await runCypherRead(h.graph, op.cypher.text, op.cypher.params)).toBe(rows.records.length);
  return { data: r.body.data as any, rows: rows.records.map((x) => x.toObject()) as any[] };
}

describe('bench operations: GraphQL and its Cypher baseline answer alike', () => {
  it('deals_page: the same second page of acquisitions by amount, and the same total', async () => {
    const { data, rows } = await both('deals_page');
    const page = data.deals.edges.map((e: any) => e.node.id);
    expect(page).toHaveLength(20);
    expect(rows.map((r) => r.deal.id)).toEqual(page);
    expect(rows.every((r) => Number(r.total) === data.deals.totalCount)).toBe(true);
    const parties = (r: any[]) => r.map((p: any) => p.id ?? p.entity.id).sort();
    expect(rows.map((r) => parties(r.parties))).toEqual(
      data.deals.edges.map((e: any) => parties(e.node.parties)),
    );
  });

  it('entity_deals: the same organisation and deals', async () => {
    const { data, rows } = await both('entity_deals');
    expect(rows[0].id).toBe(data.organization.id);
    const ids = (list: any[]) => list.map((x: any) => x.deal.id).sort();
    expect(ids(rows[0].deals)).toEqual(ids(data.organization.deals));
    expect(data.organization.deals.length).toBeGreaterThan(0);
  });

  it('competitors: the same rivals', async () => {
    const { data, rows } = await both('competitors');
    const ours = data.organization.competitors.map((c: any) => c.entity.id).sort();
    const theirs = rows[0].competitors
      .filter((c: any) => c.id !== null)
      .map((c: any) => c.id)
      .sort();
    expect(theirs).toEqual(ours);
  });

  it('path_4hop: a path of the same length', async () => {
    const { data, rows } = await both('path_4hop');
    const hops = data.paths[0]?.length ?? null;
    // The Cypher path counts relationships; a deal hop is two of them (entity → deal ← entity).
    const entityHops = rows.length === 0 ? null : rows[0].nodes.filter((n: any) => !n.kind).length - 1;
    expect(entityHops).toBe(hops);
  });
});
