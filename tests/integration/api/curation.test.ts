/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON; each test asserts the shape it reads. */
import { writeArticles } from '../../../graph/writer';
import { CORE_ARTICLES, article } from './fixtures';
import { WRITER_HEADERS, codes, startHarness } from './harness';
import type { Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(CORE_ARTICLES);
});
afterAll(async () => {
  await h?.close();
});

const write = (query: string, variables?: Record<string, unknown>) => h.gql(query, variables, WRITER_HEADERS);
const acquisitionId = async () =>
  (await h.gql('{ deals(filter: {kind: ACQUISITION}, includeRejected: true) { edges { node { id } } } }'))
    .body.data?.deals.edges[0].node.id as string;

describe('auth on mutations', () => {
  it('refuses mutations without a key or with a wrong key', async () => {
    const none = await h.gql('mutation { acceptFact(id: "x") { verdict } }');
    expect(codes(none)).toEqual(['UNAUTHENTICATED']);
    const wrong = await h.gql('mutation { acceptFact(id: "x") { verdict } }', {}, { 'x-api-key': 'nope' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
  });

  it('accepts the key as x-api-key as well as a Bearer token', async () => {
    const r = await h.gql(
      'mutation { acceptFact(id: "no-such-fact") { verdict } }',
      {},
      { 'x-api-key': 'test-key-0123456789' },
    );
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});

describe('verdicts', () => {
  it('records who accepted a deal and when', async () => {
    const id = await acquisitionId();
    const r = await write(
      'mutation($id: ID!) { acceptFact(id: $id, note: "checked") { factId verdict by at note } }',
      { id },
    );
    expect(r.body.data?.acceptFact).toMatchObject({
      factId: id,
      verdict: 'ACCEPTED',
      by: 'api-key/tester',
      note: 'checked',
    });
    expect(Date.parse(r.body.data?.acceptFact.at)).not.toBeNaN();
    const read = await h.gql('query($id: ID!) { deal(id: $id) { curation { verdict } } }', { id });
    expect(read.body.data?.deal.curation.verdict).toBe('ACCEPTED');
  });

  it('hides a rejected fact from reads, and keeps it hidden after its article is deleted and ingested again', async () => {
    const comp = await h.gql('{ organization(name: "Foo Labs") { competitors { fact { id } } } }');
    const factId = comp.body.data?.organization.competitors[0].fact.id;
    const rej = await write('mutation($id: ID!) { rejectFact(id: $id) { verdict } }', { id: factId });
    expect(rej.body.data?.rejectFact.verdict).toBe('REJECTED');
    const after = await h.gql(
      '{ organization(name: "Foo Labs") { competitors { fact { id } } shown: facts(type: COMPETES_WITH, includeRejected: true) { id curation { verdict } } } }',
    );
    expect(after.body.data?.organization.competitors).toEqual([]);
    expect(after.body.data?.organization.shown).toEqual([{ id: factId, curation: { verdict: 'REJECTED' } }]);

    const articleId = (
      await h.gql('{ articles { edges { node { id published } } } }')
    ).body.data?.articles.edges.find((e: any) => e.node.published === '2018-06-01').node.id;
    const del = await write('mutation($id: ID!) { deleteArticle(id: $id) { id deleted } }', {
      id: articleId,
    });
    expect(del.body.data?.deleteArticle).toEqual({ id: articleId, deleted: true });
    expect(
      (await h.gql('query($id: ID!) { article(id: $id) { id } }', { id: articleId })).body.data?.article,
    ).toBeNull();
    await writeArticles(h.graph, [CORE_ARTICLES[2]]);
    const again = await h.gql(
      '{ organization(name: "Foo Labs") { competitors { fact { id } } facts(includeRejected: true) { id } } }',
    );
    expect(again.body.data?.organization.facts.map((f: any) => f.id)).toContain(factId);
    expect(again.body.data?.organization.competitors).toEqual([]);
  });

  it('hides a rejected deal from deal lists and paths', async () => {
    const id = await acquisitionId();
    await write('mutation($id: ID!) { rejectFact(id: $id) { verdict } }', { id });
    const list = await h.gql('{ deals(filter: {kind: ACQUISITION}) { totalCount } }');
    expect(list.body.data?.deals.totalCount).toBe(0);
    const paths = await h.gql('{ paths(from: "Webhelp", to: "Sitel") { length } }');
    expect(paths.body.data?.paths).toEqual([]);
    await write('mutation($id: ID!) { acceptFact(id: $id) { verdict } }', { id });
    expect(
      (await h.gql('{ deals(filter: {kind: ACQUISITION}) { totalCount } }')).body.data?.deals.totalCount,
    ).toBe(1);
  });
});

describe('aliases', () => {
  it('adds an alias that name lookup and search then find, and removes it again', async () => {
    const add = await write(
      'mutation { addAlias(entity: "org:webhelp", alias: "WH Global") { id aliases } }',
    );
    expect(add.body.data?.addAlias.aliases).toContain('WH Global');
    expect((await h.gql('{ organization(name: "wh global") { id } }')).body.data?.organization?.id).toBe(
      'org:webhelp',
    );
    const rm = await write('mutation { removeAlias(entity: "org:webhelp", alias: "WH GLOBAL") { aliases } }');
    expect(rm.body.data?.removeAlias.aliases).not.toContain('WH Global');
    expect((await h.gql('{ organization(name: "wh global") { id } }')).body.data?.organization).toBeNull();
  });

  it('refuses to remove an entity’s own name, or an alias it does not have', async () => {
    expect(
      codes(await write('mutation { removeAlias(entity: "org:webhelp", alias: "Webhelp") { id } }')),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await write('mutation { removeAlias(entity: "org:webhelp", alias: "Zorglub") { id } }')),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await write('mutation { addAlias(entity: "org:nobody", alias: "X") { id } }'))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('merge and undo', () => {
  it('folds one entity into another and puts it back', async () => {
    const before = await h.gql('{ organization(id: "org:sitel") { mentionCount deals { role } } }');
    const merged = await write(
      'mutation { mergeEntities(survivor: "org:webhelp", merged: "org:sitel") { mergeId survivor { id aliases } } }',
    );
    expect(merged.body.errors).toBeUndefined();
    const { mergeId, survivor } = merged.body.data!.mergeEntities;
    expect(survivor.aliases).toEqual(expect.arrayContaining(['Sitel Group', 'Sitel']));
    const redirected = await h.gql(
      '{ entity(id: "org:sitel") { id } byName: organization(name: "Sitel") { id } }',
    );
    expect(redirected.body.data).toEqual({ entity: { id: 'org:webhelp' }, byName: { id: 'org:webhelp' } });
    const roles = await h.gql('{ organization(id: "org:webhelp") { deals { role } } }');
    expect(roles.body.data?.organization.deals.map((d: any) => d.role).sort()).toEqual([
      'ACQUIRER',
      'TARGET',
    ]);

    const undo = await write(
      'mutation($m: ID!) { undoMerge(mergeId: $m) { mergeId restored { id name } } }',
      { m: mergeId },
    );
    expect(undo.body.data?.undoMerge.restored).toEqual({ id: 'org:sitel', name: 'Sitel Group' });
    const after = await h.gql(
      '{ organization(id: "org:sitel") { mentionCount deals { role } } w: organization(id: "org:webhelp") { aliases deals { role } } }',
    );
    expect(after.body.data?.organization).toEqual(before.body.data?.organization);
    expect(after.body.data?.w.aliases).not.toContain('Sitel');
    expect(after.body.data?.w.deals).toEqual([{ role: 'ACQUIRER' }]);
    expect(
      codes(await write('mutation($m: ID!) { undoMerge(mergeId: $m) { mergeId } }', { m: mergeId })),
    ).toEqual(['CONFLICT']);
  });

  it('merges the evidence of a fact both entities had', async () => {
    await writeArticles(h.graph, [
      {
        input: {
          file: 'x.txt',
          text: 'Téléperformance rivalise avec WH.',
          published: '2019-01-01',
          title: 'x',
        },
        extracted: {
          file: 'x.txt',
          lang: 'fr',
          title: 'x',
          published: '2019-01-01',
          entities: [
            {
              name: 'Téléperformance',
              type: 'Organization',
              aliases: [],
              key: 'org:teleperformance',
              mentions: [{ start: 0, end: 15, text: 'Téléperformance' }],
            },
            {
              name: 'WH',
              type: 'Organization',
              aliases: [],
              key: 'org:wh',
              mentions: [{ start: 30, end: 32, text: 'WH' }],
            },
          ],
          relations: [
            {
              type: 'COMPETES_WITH',
              source: 'Téléperformance',
              target: 'WH',
              status: null,
              date: null,
              amount: null,
              currency: null,
              amountText: null,
              seller: null,
              evidence: { sentence: 'Téléperformance rivalise avec WH.', start: 0, end: 33 },
              rule: 't',
              confidence: 0.5,
            },
          ],
          events: [],
        },
      },
    ]);
    const m = await write(
      'mutation { mergeEntities(survivor: "org:webhelp", merged: "org:wh") { survivor { ... on Organization { competitors { fact { evidence { sentence } } } } } } }',
    );
    expect(m.body.errors).toBeUndefined();
    const comps = m.body.data?.mergeEntities.survivor.competitors;
    expect(comps).toHaveLength(1);
    expect(comps[0].fact.evidence).toHaveLength(2);
  });

  it('keeps a rejected fact hidden after one of its ends is merged away', async () => {
    const sentence = 'Zeta Corp competes with Omega Ltd.';
    await writeArticles(h.graph, [
      article(
        'zeta.txt',
        'en',
        '2020-05-05',
        'Zeta',
        [sentence, 'Omega Two is big.'],
        [{ name: 'Zeta Corp' }, { name: 'Omega Ltd' }, { name: 'Omega Two' }],
        [{ type: 'COMPETES_WITH', source: 'Zeta Corp', target: 'Omega Ltd', sentence }],
      ),
    ]);
    const factId = (await h.gql('{ organization(name: "Zeta Corp") { competitors { fact { id } } } }')).body
      .data?.organization.competitors[0].fact.id;
    await write('mutation($id: ID!) { rejectFact(id: $id) { verdict } }', { id: factId });
    const m = await write(
      'mutation { mergeEntities(survivor: "org:omega two", merged: "org:omega") { mergeId } }',
    );
    expect(m.body.errors).toBeUndefined();
    const after = await h.gql(
      '{ organization(name: "Zeta Corp") { competitors { entity { id } } facts(includeRejected: true) { id target { id } curation { verdict } } } }',
    );
    expect(after.body.data?.organization.competitors).toEqual([]);
    const [moved] = after.body.data?.organization.facts ?? [];
    expect(moved.id).not.toBe(factId);
    expect(moved.curation).toEqual({ verdict: 'REJECTED' });
  });

  it('refuses to merge an entity into itself or an unknown one', async () => {
    expect(
      codes(
        await write('mutation { mergeEntities(survivor: "org:webhelp", merged: "org:webhelp") { mergeId } }'),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await write('mutation { mergeEntities(survivor: "org:webhelp", merged: "org:nobody") { mergeId } }'),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('ingest and delete', () => {
  it('ingests HTML through extraction, reports a repeat as not created, and deletes it', async () => {
    const html =
      '<html><body><h1>Deal</h1><p>Globex Corporation has acquired Initech for $50 million, the companies said on Monday.</p><script>x()</script></body></html>';
    const input = {
      html,
      title: 'Globex buys Initech',
      url: 'https://news.example/globex',
      published: '2020-02-03',
    };
    const first = await write(
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created entities article { id title language } } }',
      { i: input },
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.ingestArticle).toMatchObject({
      created: true,
      article: { title: 'Globex buys Initech', language: 'EN' },
    });
    const again = await write(
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created article { id } } }',
      { i: input },
    );
    expect(again.body.data?.ingestArticle.created).toBe(false);
    const id = first.body.data?.ingestArticle.article.id;
    expect(again.body.data?.ingestArticle.article.id).toBe(id);
    const del = await write('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id });
    expect(del.body.data?.deleteArticle.deleted).toBe(true);
    expect(codes(await write('mutation($id: ID!) { deleteArticle(id: $id) { deleted } }', { id }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('needs exactly one of text and html', async () => {
    expect(codes(await write('mutation { ingestArticle(input: {title: "t"}) { created } }'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await write('mutation { ingestArticle(input: {text: "a", html: "<p>a</p>"}) { created } }')),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
