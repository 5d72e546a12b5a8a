import type { Graph } from '../../../graph/connection';
import { acquisitionDealId, writeArticles } from '../../../graph/writer';
import { WRITE_MENTIONS, WRITE_REPORTS } from '../../../graph/writer/write-cypher';
import { articleId } from '../../../ingest/read/article-id';
import { entityKey } from '../../../ingest/resolve/normalize';
import { article, entity, relation } from '../../setup/articles';
import { openTestGraph, resetGraph } from '../../setup/neo4j';

/**
 * Relationship MERGEs must not walk the relationships of the well-connected end: Neo4j counts degrees
 * cheaply only on dense nodes (≥ 50 relationships), so below that Expand(Into) walks every relationship of
 * the pattern's first node. A hub kept below that threshold makes the difference visible in db hits,
 * which, unlike timings, do not depend on the machine's load.
 */

/** Neo4j's default dense-node threshold (relationships), below which degrees are not cheap to count. */
const NEO4J_DENSE_NODE_THRESHOLD = 50;
/** Articles naming the hub: many relationships, yet below that threshold. */
const HUB_ARTICLES = 40;
/** What one more relationship of the walked end may cost at most, in db hits, before the test calls it a walk. */
const HUB_EXTRA_HITS_ALLOWED = 5;

interface ProfileNode {
  operatorType: string;
  dbHits: number;
  children: ProfileNode[];
}

function expandHits(node: ProfileNode): number {
  const own = node.operatorType.startsWith('Expand') ? Number(node.dbHits) : 0;
  return own + node.children.reduce((sum, child) => sum + expandHits(child), 0);
}

/** Runs `prepare`, then PROFILEs `cypher`, in one transaction that is rolled back: the graph stays as it was. */
async function profiledExpandHits(
  graph: Graph,
  prepare: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  const tx = session.beginTransaction();
  try {
    await tx.run(prepare, params);
    const result = await tx.run(`PROFILE ${cypher}`, params);
    const profile = result.summary.profile;
    if (profile === false) throw new Error('no profile returned');
    return expandHits(profile as unknown as ProfileNode);
  } finally {
    await tx.rollback();
    await session.close();
  }
}

const NEW_ARTICLE = 'CREATE (:Article {id: $articleId}) MERGE (:Deal {id: $dealId})';

describe("writer: a new article's links do not walk hub nodes", () => {
  let graph: Graph;
  const hub = entityKey('Hubco', 'Organization');
  const loner = entityKey('Lonely Widgets', 'Organization');
  const hubDeal = acquisitionDealId(hub, entityKey('Target', 'Organization'));

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
    const stories = Array.from({ length: HUB_ARTICLES }, (_, i) =>
      article(
        `Hubco story number ${i}.`,
        '2021-01-01',
        [entity('Hubco'), entity('Target')],
        // only the first names a deal: the hub's relationships are its mentions, the deal's its reports
        i === 0 ? [relation('ACQUIRED', 'Hubco', 'Target')] : [],
      ),
    );
    stories.push(article('Lonely Widgets said nothing.', '2021-01-01', [entity('Lonely Widgets')], []));
    await writeArticles(graph, stories);
  });

  afterAll(async () => {
    await resetGraph(graph);
    await graph.close();
  });

  it('builds the hub as intended: many mentions, still a sparse node', async () => {
    const session = graph.driver.session({ database: graph.database });
    try {
      const result = await session.run('MATCH (e:Entity {id: $hub}) RETURN COUNT { (e)--() } AS degree', {
        hub,
      });
      const degree = Number(result.records[0].get('degree'));
      expect(degree).toBeGreaterThanOrEqual(HUB_ARTICLES);
      expect(degree).toBeLessThan(NEO4J_DENSE_NODE_THRESHOLD);
    } finally {
      await session.close();
    }
  });

  it('a mention of a much-mentioned entity costs what a mention of a new one costs', async () => {
    const params = (entityId: string) => ({
      articleId: articleId('a brand new story'),
      dealId: 'acq:none',
      rows: [
        {
          entityId,
          articleId: articleId('a brand new story'),
          count: 1,
          starts: [0],
          ends: [1],
          surfaces: ['x'],
        },
      ],
    });
    const toHub = await profiledExpandHits(graph, NEW_ARTICLE, WRITE_MENTIONS, params(hub));
    const toLoner = await profiledExpandHits(graph, NEW_ARTICLE, WRITE_MENTIONS, params(loner));
    expect(toHub).toBeLessThanOrEqual(toLoner + HUB_EXTRA_HITS_ALLOWED);
  });

  it('a new report of a much-reported deal does not walk the deal’s reports', async () => {
    const session = graph.driver.session({ database: graph.database });
    try {
      // the deal gets HUB_ARTICLES reports, one per hub story, so it is the hub of this test
      await session.run(
        `MATCH (d:Deal {id: $hubDeal}), (a:Article) WHERE NOT (d)-[:REPORTED_IN]->(a)
         CREATE (d)-[:REPORTED_IN {status: 'announced'}]->(a)`,
        { hubDeal },
      );
    } finally {
      await session.close();
    }
    const params = (dealId: string) => ({
      articleId: articleId('a third new story'),
      dealId,
      rows: [{ dealId, articleId: articleId('a third new story'), sentence: 's', start: 0, end: 1 }],
    });
    const toHub = await profiledExpandHits(graph, NEW_ARTICLE, WRITE_REPORTS, params(hubDeal));
    const toNew = await profiledExpandHits(graph, NEW_ARTICLE, WRITE_REPORTS, params('acq:fresh>deal'));
    expect(toHub).toBeLessThanOrEqual(toNew + HUB_EXTRA_HITS_ALLOWED);
  });
});
