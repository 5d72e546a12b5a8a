/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import { runCypherRead } from '../../../bench/cypher-read';
import { pickQueryParameters, queryOperations } from '../../../bench/query-operations';
import type { QueryOperation, QueryParameters } from '../../../bench/query-operations';
import { BENCH_ARTICLES } from './fixtures';
import { WRITER_HEADERS, startHarness } from './harness';
import type { Harness } from './harness';

/**
 * The bench's ratio is read against hand-written Cypher for the same answer (bench/equivalent-cypher.ts).
 * Here each of the five operations' Cypher, its rows shaped as the GraphQL response, must equal the API's
 * response exactly (values, field by field, in order): first on a fresh graph, then after a curator rejects
 * a deal and a fact, an organisation is merged away (its id now a Redirect, used as a path end) and a second
 * organisation takes the hub's name as an alias (two candidates for one name).
 */

const SETUP_TIMEOUT_MS = 180_000;

let h: Harness;
let params: QueryParameters;
beforeAll(async () => {
  h = await startHarness(BENCH_ARTICLES);
  const picked = await pickQueryParameters(h.graph);
  const page1 = await h.gql(
    '{ deals(filter: { kind: ACQUISITION }, sort: AMOUNT_DESC, first: 20) { pageInfo { endCursor } } }',
  );
  params = { ...picked, dealsAfter: page1.body.data?.deals.pageInfo.endCursor as string };
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await h?.close();
});

/** The API's `data` and the equivalent Cypher's rows shaped alike; both must be non-trivial to count. */
async function bothAnswers(op: QueryOperation): Promise<{ api: any; cypher: any }> {
  const r = await h.gql(op.graphql.query, op.graphql.variables);
  expect(r.body.errors).toBeUndefined();
  const res = await h.graph.driver.executeQuery(op.equivalent.text, op.equivalent.params);
  // The bench times the statement through `runCypherRead`; it must run there too.
  expect(await runCypherRead(h.graph, op.equivalent.text, op.equivalent.params)).toBe(res.records.length);
  const cypher = JSON.parse(JSON.stringify(op.equivalent.toData(res.records.map((x) => x.toObject()))));
  return { api: r.body.data, cypher };
}

const sizes = (data: Map<string, any>) => ({
  entity_deals: data.get('entity_deals').organization.deals.length,
  deals_page: data.get('deals_page').deals.edges.length,
  competitors: data.get('competitors').organization.competitors.length,
  path_4hop: data.get('path_4hop').paths[0]?.length ?? 0,
  search: data.get('search').search.length,
});

async function expectAllEqual(p: QueryParameters): Promise<Map<string, any>> {
  const answers = new Map<string, any>();
  for (const op of queryOperations(p)) {
    const { api, cypher } = await bothAnswers(op);
    expect({ op: op.name, data: cypher }).toEqual({ op: op.name, data: api });
    answers.set(op.name, api);
  }
  return answers;
}

describe('bench: the equivalent Cypher returns exactly what the GraphQL operation returns', () => {
  it('on a fresh graph, for all five operations', async () => {
    const data = await expectAllEqual(params);
    const n = sizes(data);
    expect(n.entity_deals).toBeGreaterThan(0);
    expect(n.deals_page).toBe(20);
    expect(n.competitors).toBeGreaterThan(0);
    expect(n.path_4hop).toBeGreaterThan(0);
    expect(n.search).toBeGreaterThan(0);
  });

  it('after a merge (a redirected path end) and a shared alias, then after rejections', async () => {
    const write = (q: string, v: Record<string, unknown>) => h.gql(q, v, WRITER_HEADERS);
    const before = await expectAllEqual(params);
    const hubId = before.get('entity_deals').organization.id as string;
    const onPath = before.get('path_4hop').paths[0].entities.map((e: any) => e.id) as string[];
    const others = await h.graph.driver.executeQuery(
      'MATCH (e:Organization) WHERE NOT e.id IN $skip RETURN e.id AS id ORDER BY id LIMIT 2',
      { skip: [...onPath, hubId] },
    );
    const [mergedAway, namesake] = others.records.map((r) => String(r.get('id')));
    const merged = await write(
      'mutation($s: ID!, $m: ID!) { mergeEntities(survivor: $s, merged: $m) { mergeId } }',
      { s: params.pathFrom, m: mergedAway },
    );
    expect(merged.body.errors).toBeUndefined();
    const alias = await write('mutation($e: ID!, $a: String!) { addAlias(entity: $e, alias: $a) { id } }', {
      e: namesake,
      a: params.hubName,
    });
    expect(alias.body.errors).toBeUndefined();
    const redirected = { ...params, pathFrom: mergedAway };
    const after = await expectAllEqual(redirected);
    expect(sizes(after).path_4hop).toBeGreaterThan(0);

    // A curator rejects the first deal of the hub, of the page and of the path, and the first rival fact.
    const firstHop = after.get('path_4hop').paths[0];
    const pathHop = await h.gql(
      'query ($f: String!, $t: String!) { paths(from: $f, to: $t, maxHops: 4, first: 1) { hops { deal { id } fact { id } } } }',
      { f: redirected.pathFrom, t: redirected.pathTo },
    );
    expect(firstHop.length).toBeGreaterThan(0);
    const hop = pathHop.body.data?.paths[0].hops[0];
    for (const id of [
      after.get('entity_deals').organization.deals[0].deal.id,
      after.get('deals_page').deals.edges[0].node.id,
      after.get('competitors').organization.competitors[0].fact.id,
      hop.deal?.id ?? hop.fact?.id,
    ]) {
      const r = await write('mutation($id: ID!) { rejectFact(id: $id) { verdict } }', { id });
      expect(r.body.data?.rejectFact.verdict).toBe('REJECTED');
    }
    const rejected = await expectAllEqual(redirected);
    expect(sizes(rejected).deals_page).toBe(20);
    expect(sizes(rejected).competitors).toBe(sizes(after).competitors - 1);
  });
});
