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

describe('entity reads', () => {
  it('finds an organization by a folded name and lists where it is mentioned', async () => {
    const r = await h.gql('{ organization(name: "webhelp") { name mentions { article { title } } } }');
    expect(r.body.errors).toBeUndefined();
    const org = r.body.data?.organization;
    expect(org.name).toBe('Webhelp');
    expect(org.mentions.map((m: any) => m.article.title).sort()).toEqual([
      'Webhelp buys Sitel; Foo Labs raises',
      'Webhelp rachète Sitel',
    ]);
  });

  it('resolves accents, case, legal suffixes and aliases to the same entity', async () => {
    for (const name of ['WEBHELP SAS', 'Webhelp', 'WebHelp']) {
      const r = await h.gql('query($n: String) { organization(name: $n) { id } }', { n: name });
      expect(r.body.data?.organization?.id).toBe('org:webhelp');
    }
    const tp = await h.gql('{ organization(name: "TELEPERFORMANCE SE") { name } }');
    expect(tp.body.data?.organization?.name).toBe('Téléperformance');
    const alias = await h.gql('{ organization(name: "Sitel") { id name aliases } }');
    expect(alias.body.data?.organization).toMatchObject({ id: 'org:sitel', name: 'Sitel Group' });
  });

  it('reads an entity by id with type, counts, first and last seen', async () => {
    const r = await h.gql(
      `{ entity(id: "org:webhelp") { __typename id type firstSeen lastSeen mentionCount articleCount } }`,
    );
    expect(r.body.data?.entity).toMatchObject({
      __typename: 'Organization',
      type: 'ORGANIZATION',
      firstSeen: '2016-01-10',
      lastSeen: '2017-03-05',
      articleCount: 2,
    });
    expect(r.body.data?.entity.mentionCount).toBeGreaterThanOrEqual(3);
  });

  it('tells people from organizations', async () => {
    const r =
      await h.gql(`{ p: person(name: "olivier duha") { __typename name organizations { entity { name } fact { type } } }
      o: organization(name: "Olivier Duha") { id } }`);
    expect(r.body.data?.p).toEqual({
      __typename: 'Person',
      name: 'Olivier Duha',
      organizations: [{ entity: { name: 'Webhelp' }, fact: { type: 'LEADS' } }],
    });
    expect(r.body.data?.o).toBeNull();
  });

  it('gives competitors and people with their evidence', async () => {
    const r = await h.gql(`{ organization(name: "Webhelp") {
      competitors { entity { name } fact { id type evidence { sentence start end rule confidence article { id title url published language } } } }
      people { entity { name } fact { type } } } }`);
    const org = r.body.data?.organization;
    expect(org.competitors).toHaveLength(1);
    const comp = org.competitors[0];
    expect(comp.entity.name).toBe('Téléperformance');
    const ev = comp.fact.evidence[0];
    expect(ev.sentence).toBe('Téléperformance est le principal concurrent de Webhelp.');
    expect(ev.article).toMatchObject({
      title: 'Webhelp rachète Sitel',
      published: '2016-01-10',
      language: 'FR',
    });
    const text = CORE_ARTICLES[0].input.text;
    expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect(org.people).toEqual([{ entity: { name: 'Olivier Duha' }, fact: { type: 'LEADS' } }]);
  });

  it('returns null for an unknown entity and BAD_USER_INPUT when both or neither of id and name are given', async () => {
    const none = await h.gql('{ organization(name: "No Such Company") { id } }');
    expect(none.body.data?.organization).toBeNull();
    const both = await h.gql('{ entity(id: "org:webhelp", name: "webhelp") { id } }');
    expect(both.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await h.gql('{ entity { id } }');
    expect(neither.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  const top = async (q: string) => {
    const r = await h.gql('query($q: String!) { search(query: $q, first: 5) { score entity { id name } } }', {
      q,
    });
    expect(r.body.errors).toBeUndefined();
    return r.body.data?.search as { score: number; entity: { id: string; name: string } }[];
  };

  it('matches prefixes, accents folded or not, and aliases', async () => {
    expect((await top('teleperf'))[0]?.entity.name).toBe('Téléperformance');
    expect((await top('Téléperformance'))[0]?.entity.name).toBe('Téléperformance');
    expect((await top('teleperformance'))[0]?.entity.name).toBe('Téléperformance');
    expect((await top('Sitel'))[0]?.entity.name).toBe('Sitel Group');
  });

  it('forgives a typo and ranks by a descending score', async () => {
    const hits = await top('Webhlep');
    expect(hits[0]?.entity.id).toBe('org:webhelp');
    const scores = (await top('robotics labs')).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('treats Lucene syntax as plain text and filters by type', async () => {
    for (const q of ['name:Webhelp', 'Webhelp AND (', '"unclosed', '*', '\\', 'a~~~ OR ^2']) {
      const r = await h.gql('query($q: String!) { search(query: $q) { entity { id } } }', { q });
      expect(r.body.errors).toBeUndefined();
    }
    const people = await h.gql('{ search(query: "duha", type: PERSON) { entity { __typename } } }');
    expect(people.body.data?.search.length).toBeGreaterThan(0);
    expect(people.body.data?.search.every((x: any) => x.entity.__typename === 'Person')).toBe(true);
  });
});
