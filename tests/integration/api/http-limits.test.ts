/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import { CORE_ARTICLES } from './fixtures';
import { TEST_API_KEY, codes, post, startHarness } from './harness';
import type { Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(CORE_ARTICLES, {
    DEALGRAPH_MAX_DEPTH: '6',
    DEALGRAPH_MAX_TOKENS: '400',
    DEALGRAPH_MAX_BODY_BYTES: '20000',
  });
});
afterAll(async () => {
  await h?.close();
});

const base = () => h.url.replace(/\/graphql$/, '');

describe('limits', () => {
  it('rejects a query nested past the depth limit with QUERY_TOO_COMPLEX', async () => {
    const deep =
      '{ organization(name: "webhelp") { competitors { entity { ... on Organization { competitors { fact { evidence { article { title } } } } } } } } }';
    const r = await h.gql(deep);
    expect(r.status).toBe(400);
    expect(codes(r)).toContain('QUERY_TOO_COMPLEX');
    expect(r.body.errors?.[0].extensions?.limit).toBe('depth');
  });

  it('rejects a query whose estimated cost is over the limit', async () => {
    const costly =
      '{ deals(first: 100) { edges { node { parties { entity { deals(first: 100) { deal { id } } } } } } } }';
    const r = await h.gql(costly);
    expect(codes(r)).toContain('QUERY_TOO_COMPLEX');
    expect(r.body.errors?.map((e) => e.extensions?.limit)).toContain('cost');
  });

  it('rejects too many aliases and too many tokens', async () => {
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: deal(id: "x") { id }`).join(' ')} }`;
    expect(codes(await h.gql(aliased))).toContain('QUERY_TOO_COMPLEX');
    const long = `{ deals { edges { node { ${Array.from({ length: 500 }, () => 'id').join(' ')} } } } }`;
    const r = await h.gql(long);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses a body over the size limit and malformed JSON with JSON errors', async () => {
    const big = await post(h.url, { query: `{ search(query: "${'x'.repeat(30000)}") { score } }` });
    expect(big.status).toBe(413);
    expect(codes(big)).toEqual(['QUERY_TOO_COMPLEX']);
    const bad = await post(h.url, '{"query": ');
    expect(bad.status).toBe(400);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses batched requests', async () => {
    const r = await post(h.url, [
      { query: '{ deals { totalCount } }' },
      { query: '{ deals { totalCount } }' },
    ]);
    expect(r.status).toBe(400);
    expect(Array.isArray(r.body)).toBe(false);
  });

  it('still answers after rejected requests (the process did not crash)', async () => {
    const r = await h.gql('{ deals { totalCount } }');
    expect(r.body.data?.deals.totalCount).toBe(3);
  });
});

describe('HTTP', () => {
  it('answers GET /graphql?query=… and the health check', async () => {
    const res = await fetch(`${h.url}?query=${encodeURIComponent('{ deals { totalCount } }')}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.deals.totalCount).toBe(3);
    const health = await fetch(`${base()}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', graph: 'up' });
  });

  it('refuses mutations over GET', async () => {
    const res = await fetch(
      `${h.url}?query=${encodeURIComponent('mutation { acceptFact(id: "x") { verdict } }')}`,
      {
        headers: { authorization: `Bearer ${TEST_API_KEY}` },
      },
    );
    expect(res.status).toBe(405);
  });

  it('serves the landing page to browsers in development, with the example operations', async () => {
    const res = await fetch(h.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('OrganizationByName');
  });

  it('allows introspection in development', async () => {
    const r = await h.gql('{ __schema { queryType { name } } }');
    expect(r.body.data?.__schema.queryType.name).toBe('Query');
  });

  it('gives validation errors a stable code', async () => {
    const r = await h.gql('{ noSuchField }');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('production mode and read access by key', () => {
  let p: Harness;
  beforeAll(async () => {
    p = await startHarness([], { NODE_ENV: 'production', DEALGRAPH_READ_ACCESS: 'key' });
  });
  afterAll(async () => {
    await p?.close();
  });

  it('needs the key to read', async () => {
    const anon = await p.gql('{ deals { totalCount } }');
    expect(anon.status).toBe(401);
    expect(codes(anon)).toEqual(['UNAUTHENTICATED']);
    const keyed = await p.gql('{ deals { totalCount } }', {}, { 'x-api-key': TEST_API_KEY });
    expect(keyed.body.data?.deals.totalCount).toBe(0);
  });

  it('turns introspection off', async () => {
    const r = await p.gql('{ __schema { queryType { name } } }', {}, { 'x-api-key': TEST_API_KEY });
    expect(r.body.data).toBeUndefined();
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});

describe('mutations with no key configured', () => {
  let n: Harness;
  beforeAll(async () => {
    n = await startHarness([], { DEALGRAPH_API_KEY: '' });
  });
  afterAll(async () => {
    await n?.close();
  });

  it('are refused with FORBIDDEN, whatever key is sent', async () => {
    const r = await n.gql('mutation { rejectFact(id: "x") { verdict } }', {}, { 'x-api-key': TEST_API_KEY });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.body.errors?.[0].extensions?.reason).toBe('MUTATIONS_DISABLED');
  });
});
