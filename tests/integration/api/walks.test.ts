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

const HOP = `kind from { name } to { name } fact { type evidence { sentence article { title } } } deal { kind evidence { sentence } }`;

describe('paths', () => {
  it('joins two entities through a fact and a deal, each hop with its evidence', async () => {
    const r = await h.gql(
      `{ paths(from: "Téléperformance", to: "Sitel") { length entities { name } hops { ${HOP} } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    const [path] = r.body.data!.paths;
    expect(path.length).toBe(2);
    expect(path.entities.map((e: any) => e.name)).toEqual(['Téléperformance', 'Webhelp', 'Sitel Group']);
    expect(path.hops[0]).toMatchObject({
      kind: 'COMPETES_WITH',
      from: { name: 'Téléperformance' },
      to: { name: 'Webhelp' },
    });
    expect(path.hops[0].fact.evidence[0].sentence).toContain('concurrent');
    expect(path.hops[1]).toMatchObject({
      kind: 'ACQUISITION',
      from: { name: 'Webhelp' },
      to: { name: 'Sitel Group' },
      fact: null,
    });
    expect(path.hops[1].deal.evidence).toHaveLength(2);
  });

  it('counts a deal as one hop and respects maxHops', async () => {
    const r = await h.gql('{ paths(from: "Jane Roe", to: "Qux Systems") { length hops { kind } } }');
    expect(r.body.data?.paths[0].hops.map((x: any) => x.kind)).toEqual([
      'FOUNDED',
      'COMPETES_WITH',
      'MERGER',
    ]);
    const short = await h.gql('{ paths(from: "Jane Roe", to: "Qux Systems", maxHops: 2) { length } }');
    expect(short.body.data?.paths).toEqual([]);
  });

  it('finds nothing between unconnected entities, and refuses maxHops over 6', async () => {
    const none = await h.gql('{ paths(from: "Webhelp", to: "Foo Labs") { length } }');
    expect(none.body.data?.paths).toEqual([]);
    const tooFar = await h.gql('{ paths(from: "Webhelp", to: "Foo Labs", maxHops: 7) { length } }');
    expect(tooFar.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await h.gql('{ paths(from: "Webhelp", to: "Nobody Inc") { length } }');
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('ignores facts reported after asOf', async () => {
    const r = await h.gql('{ paths(from: "Jane Roe", to: "Bar Robotics", asOf: "2017") { length } }');
    expect(r.body.data?.paths).toEqual([]);
  });
});

describe('neighbourhood', () => {
  it('lists entities within the depth and the hops between them', async () => {
    const one = await h.gql(
      '{ neighbourhood(id: "org:webhelp", depth: 1) { center { name } entities { name } hops { kind } truncated } }',
    );
    const n = one.body.data?.neighbourhood;
    expect(n.center.name).toBe('Webhelp');
    expect(n.entities.map((e: any) => e.name).sort()).toEqual([
      'Olivier Duha',
      'Sitel Group',
      'Téléperformance',
      'Webhelp',
    ]);
    expect(n.hops.map((x: any) => x.kind).sort()).toEqual(['ACQUISITION', 'COMPETES_WITH', 'LEADS']);
    expect(n.truncated).toBe(false);
  });

  it('stops at the node cap and says so', async () => {
    const r = await h.gql(
      '{ neighbourhood(id: "Foo Labs", depth: 2, limit: 2) { entities { id } truncated } }',
    );
    expect(r.body.data?.neighbourhood.entities).toHaveLength(2);
    expect(r.body.data?.neighbourhood.truncated).toBe(true);
  });

  it('goes further with more depth', async () => {
    const d1 = await h.gql('{ neighbourhood(id: "Jane Roe", depth: 1) { entities { id } } }');
    const d3 = await h.gql('{ neighbourhood(id: "Jane Roe", depth: 3) { entities { name } } }');
    expect(d1.body.data?.neighbourhood.entities).toHaveLength(2);
    expect(d3.body.data?.neighbourhood.entities.map((e: any) => e.name)).toContain('Qux Systems');
  });
});

describe('timeline', () => {
  it('lists an entity’s deals and facts oldest first, cut at asOf', async () => {
    const r = await h.gql('{ timeline(entity: "Foo Labs") { date kind role deal { id } fact { type } } }');
    const events = r.body.data?.timeline;
    expect(events.map((e: any) => e.kind)).toEqual(['FUNDING', 'COMPETES_WITH', 'FOUNDED']);
    expect(events[0].role).toBe('FUNDED_COMPANY');
    const dates = events.map((e: any) => e.date);
    expect(dates).toEqual([...dates].sort());
    const cut = await h.gql('{ timeline(entity: "Foo Labs", asOf: "2017-12") { kind } }');
    expect(cut.body.data?.timeline.map((e: any) => e.kind)).toEqual(['FUNDING']);
  });
});
