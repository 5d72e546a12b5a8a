/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import { CORE_ARTICLES } from './fixtures';
import { startHarness } from './harness';
import type { Harness } from './harness';

/**
 * A lookup by name reads the lists the request asks for next in the same query (look-ahead), and a path
 * between two ids resolves its ends inside the path query. Both must answer exactly what the plain
 * resolvers answer (a lookup by id does not look ahead), in one round trip.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness(CORE_ARTICLES);
});
afterAll(async () => {
  await h?.close();
});

const LISTS = `id name
  deals(first: 5) { role deal { id kind amount parties { role entity { id name } } } }
  competitors { entity { id name } fact { id firstReported } }
  people { entity { name } }`;

async function byId(id: string, fields: string): Promise<any> {
  const r = await h.gql(`query($id: ID!) { organization(id: $id) { ${fields} } }`, { id });
  expect(r.body.errors).toBeUndefined();
  return r.body.data?.organization;
}

describe('name lookup with look-ahead', () => {
  it('answers as the lookup by id does, in one query', async () => {
    h.resetQueryCount();
    const r = await h.gql(`{ organization(name: "webhelp") { ${LISTS} } }`);
    expect(r.body.errors).toBeUndefined();
    expect(h.queryCount()).toBe(1);
    const named = r.body.data?.organization;
    expect(named.deals.length).toBeGreaterThan(0);
    expect(named.competitors.length).toBeGreaterThan(0);
    expect(named).toEqual(await byId(named.id, LISTS));
  });

  it('applies the deal filters and page size of the request, through fragments too', async () => {
    h.resetQueryCount();
    const r = await h.gql(
      '{ organization(name: "Webhelp") { id ...F } } fragment F on Organization { deals(first: 1, kind: MERGER) { deal { id kind } } }',
    );
    expect(r.body.errors).toBeUndefined();
    expect(h.queryCount()).toBe(1);
    const named = r.body.data?.organization;
    expect(named.deals.length).toBeLessThanOrEqual(1);
    for (const d of named.deals) expect(d.deal.kind).toBe('MERGER');
    const acq = await h.gql(
      '{ organization(name: "Webhelp") { deals(first: 1, kind: ACQUISITION) { deal { kind } } } }',
    );
    expect(acq.body.data?.organization.deals).toEqual([{ deal: { kind: 'ACQUISITION' } }]);
  });

  it('still refuses a bad `first` on the looked-ahead list', async () => {
    const r = await h.gql('{ organization(name: "Webhelp") { deals(first: -1) { role } } }');
    expect(r.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the same deals for the same entity under two different filters', async () => {
    const r = await h.gql(
      `{ organization(name: "Webhelp") { all: deals { deal { id } } bought: deals(role: ACQUIRER) { role } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    const org = r.body.data?.organization;
    expect(org.all.length).toBeGreaterThanOrEqual(org.bought.length);
    for (const d of org.bought) expect(d.role).toBe('ACQUIRER');
  });
});

describe('paths between ids', () => {
  const PATH = 'length entities { id name } hops { kind from { name } to { name } }';

  it('finds the path the name form finds, in one query', async () => {
    const byName = await h.gql(`{ paths(from: "Téléperformance", to: "Sitel", first: 1) { ${PATH} } }`);
    expect(byName.body.errors).toBeUndefined();
    const [path] = byName.body.data?.paths ?? [];
    const ids = path.entities.map((e: any) => e.id);
    h.resetQueryCount();
    const r = await h.gql(
      `query($a: String!, $b: String!) { paths(from: $a, to: $b, first: 1) { ${PATH} } }`,
      { a: ids[0], b: ids[ids.length - 1] },
    );
    expect(r.body.errors).toBeUndefined();
    expect(h.queryCount()).toBe(1);
    expect(r.body.data?.paths).toEqual([path]);
  });

  it('answers NOT_FOUND for an unknown id and a zero-hop path from an entity to itself', async () => {
    const id = (await h.gql('{ organization(name: "Webhelp") { id } }')).body.data?.organization.id;
    const unknown = await h.gql(`{ paths(from: "${id}", to: "org:no such entity") { length } }`);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const self = await h.gql(`{ paths(from: "${id}", to: "${id}") { length entities { id } } }`);
    expect(self.body.data?.paths).toEqual([{ length: 0, entities: [{ id }] }]);
  });
});
