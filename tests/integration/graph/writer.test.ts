import type { Graph } from '../../../graph/connection';
import { runRead, runWrite } from '../../../graph/connection';
import { deleteArticle, writeArticles } from '../../../graph/writer';
import { articleId } from '../../../ingest/read/article-id';
import { article, entity, event, relation } from '../../setup/articles';
import { graphSnapshot as snapshot, openTestGraph, resetGraph } from '../../setup/neo4j';

async function count(graph: Graph, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await runRead(graph, `${cypher} RETURN count(*) AS n`, params);
  return row.n as number;
}

describe('writeArticles / deleteArticle', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = await openTestGraph();
  });

  beforeEach(async () => {
    await resetGraph(graph);
  });

  afterAll(async () => {
    await graph.close();
  });

  it('stores an article once however often it is written', async () => {
    const a = article(
      'Acme Corp buys Widgetly.',
      '2020-03-01',
      [entity('Acme Corp'), entity('Widgetly')],
      [relation('ACQUIRED', 'Acme Corp', 'Widgetly'), relation('COMPETES_WITH', 'Widgetly', 'Acme Corp')],
    );
    const first = await writeArticles(graph, [a, a]);
    expect(first).toMatchObject({ articlesWritten: 1, articlesSkipped: 1, entities: 2, deals: 1, facts: 1 });
    const second = await writeArticles(graph, [a]);
    expect(second).toMatchObject({ articlesWritten: 0, articlesSkipped: 1 });

    expect(await count(graph, 'MATCH (:Article)')).toBe(1);
    expect(await count(graph, 'MATCH (:Entity)-[:MENTIONED_IN]->(:Article)')).toBe(2);
    expect(await count(graph, 'MATCH (:Deal)-[:REPORTED_IN]->(:Article)')).toBe(1);
    const [fact] = await runRead(
      graph,
      'MATCH (s)-[f:COMPETES_WITH]->(t) RETURN s.id AS s, t.id AS t, f.id AS id, f.articleIds AS ids',
    );
    // stored from the smaller id to the larger whatever the extraction's direction
    expect(fact).toEqual({
      s: 'org:acme',
      t: 'org:widgetly',
      id: 'COMPETES_WITH:org:acme>org:widgetly',
      ids: [articleId(a.input.text)],
    });
    const [acme] = await runRead(
      graph,
      "MATCH (al:Alias)-[:ALIAS_OF]->(e:Organization {id: 'org:acme'}) RETURN e.name AS name, collect(al.key) AS keys",
    );
    expect(acme).toEqual({ name: 'Acme Corp', keys: ['acme'] });
  });

  it('merges one deal reported by two articles and shows the best-ranked status', async () => {
    const early = article(
      'Rumour: Acme to buy Widgetly.',
      '2020-01-10',
      [entity('Acme'), entity('Widgetly')],
      [
        relation('ACQUIRED', 'Acme', 'Widgetly', {
          status: 'rumoured',
          amount: 5_000_000,
          currency: 'EUR',
          amountText: '5 M€',
        }),
      ],
    );
    const late = article(
      'Acme completed the Widgetly deal.',
      '2020-06-02',
      [entity('Acme'), entity('Widgetly')],
      [relation('ACQUIRED', 'Acme', 'Widgetly', { status: 'completed', date: '2020-06' })],
    );
    await writeArticles(graph, [late]);
    await writeArticles(graph, [early]);
    const deals = await runRead(
      graph,
      `MATCH (d:Deal)-[r:REPORTED_IN]->(a:Article)
       RETURN d.id AS id, d.kind AS kind, d.status AS status, d.date AS date, d.amount AS amount, d.currency AS currency,
              d.firstReported AS firstReported, count(r) AS reports`,
    );
    expect(deals).toEqual([
      {
        id: 'acq:org:acme>org:widgetly',
        kind: 'ACQUISITION',
        status: 'completed',
        date: '2020-06',
        amount: 5_000_000,
        currency: 'EUR',
        firstReported: '2020-01-10',
        reports: 2,
      },
    ]);
    const roles = await runRead(
      graph,
      'MATCH (e)-[p:PARTY_IN]->(:Deal) RETURN e.id AS id, p.role AS role ORDER BY id',
    );
    expect(roles).toEqual([
      { id: 'org:acme', role: 'ACQUIRER' },
      { id: 'org:widgetly', role: 'TARGET' },
    ]);
  });

  it('groups investors of one company and year into one round, joining an event without investors', async () => {
    const a = article(
      'Seedy raised 3 M€ from Fund One.',
      '2021-02-01',
      [entity('Seedy'), entity('Fund One')],
      [relation('FUNDED', 'Fund One', 'Seedy', { lead: true, date: '2021-01' })],
    );
    const b = article(
      'Fund Two also backs Seedy.',
      '2021-05-01',
      [entity('Seedy'), entity('Fund Two')],
      [relation('FUNDED', 'Fund Two', 'Seedy')],
    );
    const c = article(
      'Seedy lève 3 M€.',
      '2021-03-01',
      [entity('Seedy')],
      [],
      [event('FUNDED', null, 'Seedy')],
    );
    await writeArticles(graph, [a, b, c]);
    const rows = await runRead(
      graph,
      `MATCH (e)-[p:PARTY_IN]->(d:Deal) WITH d, e, p ORDER BY e.id
       RETURN d.id AS id, collect(e.id + '=' + p.role) AS parties, COUNT { (d)-[:REPORTED_IN]->() } AS reports`,
    );
    expect(rows).toEqual([
      {
        id: 'fund:org:seedy:2021',
        parties: ['org:fund one=LEAD_INVESTOR', 'org:fund two=INVESTOR', 'org:seedy=FUNDED_COMPANY'],
        reports: 3,
      },
    ]);
  });

  it('writes to the survivor of a Redirect and drops relations to unknown names', async () => {
    await runWrite(
      graph,
      "CREATE (:Redirect {id: 'org:oldco'})-[:TO]->(:Entity:Organization {id: 'org:newco', name: 'NewCo', aliases: ['NewCo']})",
    );
    const a = article(
      'OldCo acquires Tiny.',
      '2022-01-01',
      [entity('OldCo'), entity('Tiny')],
      [relation('ACQUIRED', 'OldCo', 'Tiny'), relation('LEADS', 'Nobody Known', 'Tiny')],
    );
    const summary = await writeArticles(graph, [a]);
    expect(summary.relationsDropped).toBe(1);
    expect(await count(graph, "MATCH (:Entity {id: 'org:oldco'})")).toBe(0);
    const [survivor] = await runRead(
      graph,
      "MATCH (e:Entity {id: 'org:newco'})-[:PARTY_IN {role: 'ACQUIRER'}]->(d:Deal) RETURN d.id AS deal, e.aliases AS aliases",
    );
    expect(survivor).toEqual({ deal: 'acq:org:newco>org:tiny', aliases: ['NewCo', 'OldCo'] });
    expect(await count(graph, "MATCH (:Alias {key: 'oldco'})-[:ALIAS_OF]->(:Entity {id: 'org:newco'})")).toBe(
      1,
    );
  });

  it('deleteArticle keeps what other articles support and removes what only it supported', async () => {
    const a = article(
      'Acme buys Widgetly; Acme rivals Zed.',
      '2020-01-01',
      [entity('Acme'), entity('Widgetly'), entity('Zed')],
      [
        relation('ACQUIRED', 'Acme', 'Widgetly', { status: 'announced', amount: 10 }),
        relation('COMPETES_WITH', 'Acme', 'Zed'),
      ],
    );
    const b = article(
      'Pat Doe founded Acme, which closed Widgetly.',
      '2020-02-01',
      [entity('Pat Doe', 'Person'), entity('Acme'), entity('Widgetly'), entity('Zed')],
      [
        relation('ACQUIRED', 'Acme', 'Widgetly', { status: 'completed', amount: 12 }),
        relation('FOUNDED', 'Pat Doe', 'Acme'),
        relation('COMPETES_WITH', 'Zed', 'Acme'),
      ],
    );
    await writeArticles(graph, [a, b]);
    const idB = articleId(b.input.text);

    const summary = await deleteArticle(graph, idB);
    expect(summary).toMatchObject({
      found: true,
      dealsDeleted: 0,
      dealsUpdated: 1,
      factsDeleted: 1,
      entitiesDeleted: 1,
    });
    expect(await count(graph, "MATCH (:Entity {id: 'person:pat doe'})")).toBe(0);
    expect(await count(graph, "MATCH (:Alias {key: 'pat doe'})")).toBe(0);
    const [deal] = await runRead(
      graph,
      'MATCH (d:Deal) RETURN d.status AS status, d.amount AS amount, COUNT { (d)-[:REPORTED_IN]->() } AS reports',
    );
    expect(deal).toEqual({ status: 'announced', amount: 10, reports: 1 });
    const [rival] = await runRead(
      graph,
      'MATCH ()-[f:COMPETES_WITH]->() RETURN f.articleIds AS ids, f.sentences AS sentences, f.firstReported AS first',
    );
    expect(rival).toEqual({
      ids: [articleId(a.input.text)],
      sentences: ['Acme competes_with Zed.'],
      first: '2020-01-01',
    });
    const [zed] = await runRead(graph, "MATCH (e:Entity {id: 'org:zed'}) RETURN e.lastSeen AS lastSeen");
    expect(zed.lastSeen).toBe('2020-01-01');

    expect((await deleteArticle(graph, idB)).found).toBe(false);
    await deleteArticle(graph, articleId(a.input.text));
    expect(await count(graph, 'MATCH (n) WHERE NOT n:Redirect')).toBe(0);
  });

  it('keeps deals without a counterparty per article for acquisitions', async () => {
    const a = article(
      'Acme bought a startup.',
      '2020-01-01',
      [entity('Acme')],
      [],
      [event('ACQUIRED', 'Acme', null)],
    );
    const b = article(
      'Acme bought another startup.',
      '2020-02-01',
      [entity('Acme')],
      [],
      [event('ACQUIRED', 'Acme', null)],
    );
    await writeArticles(graph, [a, b]);
    expect(
      await count(
        graph,
        "MATCH (:Entity {id: 'org:acme'})-[:PARTY_IN {role: 'ACQUIRER'}]->(:Deal {kind: 'ACQUISITION'})",
      ),
    ).toBe(2);
  });

  it('stores the same graph whether a transaction is one query or statements in small batches', async () => {
    const articles = [
      article(
        'Acme agreed to buy Widgetly for 5 M€; Widgetly rivals Zed.',
        '2020-01-10',
        [entity('Acme'), entity('Widgetly'), entity('Zed')],
        [
          relation('ACQUIRED', 'Acme', 'Widgetly', {
            status: 'announced',
            amount: 5_000_000,
            currency: 'EUR',
          }),
          relation('COMPETES_WITH', 'Widgetly', 'Zed'),
        ],
      ),
      article(
        'Acme completed the Widgetly deal; Pat Doe leads Acme.',
        '2020-06-02',
        [entity('Acme'), entity('Widgetly'), entity('Pat Doe', 'Person')],
        [
          relation('ACQUIRED', 'Acme', 'Widgetly', { status: 'completed' }),
          relation('LEADS', 'Pat Doe', 'Acme'),
        ],
      ),
      article(
        'Fund One backs Zed.',
        '2021-02-01',
        [entity('Zed'), entity('Fund One')],
        [relation('FUNDED', 'Fund One', 'Zed', { lead: true })],
      ),
    ];
    await writeArticles(graph, articles);
    const oneQuery = await snapshot(graph);
    await resetGraph(graph);
    await writeArticles(graph, articles, { batchSize: 1, articlesPerTransaction: 2 });
    expect(await snapshot(graph)).toEqual(oneQuery);

    const [deal] = await runRead(
      graph,
      "MATCH (d:Deal {kind: 'ACQUISITION'}) RETURN d.status AS status, d.amount AS amount, d.firstReported AS first",
    );
    expect(deal).toEqual({ status: 'completed', amount: 5_000_000, first: '2020-01-10' });
  });

  it('breaks a full tie between two reports on the article id, whatever the write order', async () => {
    const reportOf = (text: string, amountText: string) =>
      article(
        text,
        '2020-05-05',
        [entity('Acme'), entity('Widgetly')],
        [relation('ACQUIRED', 'Acme', 'Widgetly', { amountText })],
      );
    const one = reportOf('Acme buys Widgetly for an undisclosed sum.', 'undisclosed sum');
    const two = reportOf('Acme to acquire Widgetly; terms undisclosed.', 'undisclosed');
    const expected =
      articleId(one.input.text) < articleId(two.input.text) ? 'undisclosed sum' : 'undisclosed';
    const amountText = async () =>
      (await runRead(graph, 'MATCH (d:Deal) RETURN d.amountText AS t'))[0].t as string;

    await writeArticles(graph, [one]);
    await writeArticles(graph, [two]);
    expect(await amountText()).toBe(expected);
    await resetGraph(graph);
    await writeArticles(graph, [two]);
    await writeArticles(graph, [one]);
    expect(await amountText()).toBe(expected);
  });
});
