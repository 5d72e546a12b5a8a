import { answerSize } from '../../../bench/neo4j-graphql/operations';
import { measurement } from '../../../bench/report';
import { checkTargets } from '../../../bench/targets';

describe('@neo4j/graphql target', () => {
  const compared = (theirs: number, ours: number) =>
    measurement('queries.competitors.neo4j_graphql.p50', theirs, 'ms', 1000, {
      name: 'queries.competitors.graphql.p50',
      value: ours,
    });

  it('is met when ours is faster and missed when @neo4j/graphql is', () => {
    expect(checkTargets([compared(20, 10)], 2)).toEqual([
      {
        measurement: 'queries.competitors.neo4j_graphql.p50',
        target: expect.stringContaining('>= 1'),
        met: true,
      },
    ]);
    expect(checkTargets([compared(8, 10)], 2).map((c) => c.met)).toEqual([false]);
  });

  it('applies to p50 only and does not trigger the GraphQL-vs-Cypher check', () => {
    const p99 = measurement('queries.competitors.neo4j_graphql.p99', 1, 'ms', 1000, { name: 'x', value: 10 });
    expect(checkTargets([p99], 2)).toEqual([]);
    expect(checkTargets([compared(20, 10)], 2).some((c) => c.target.includes('1.3'))).toBe(false);
  });
});

describe('answerSize', () => {
  it('counts the same items in both servers’ answer shapes', () => {
    const deals = [{}, {}, {}];
    expect(answerSize('entity_deals', 'ours', { organization: { deals } })).toBe(3);
    expect(
      answerSize('entity_deals', 'neo4j_graphql', { organizations: [{ dealsConnection: { edges: deals } }] }),
    ).toBe(3);
    expect(answerSize('competitors', 'ours', { organization: { competitors: [{}] } })).toBe(1);
    expect(
      answerSize('competitors', 'neo4j_graphql', {
        organizations: [{ competitorsConnection: { edges: [] } }],
      }),
    ).toBe(0);
    expect(answerSize('deals_page', 'ours', { deals: { edges: [{}, {}] } })).toBe(2);
    expect(answerSize('deals_page', 'neo4j_graphql', { dealsConnection: { edges: [{}] } })).toBe(1);
  });

  it('is null when the organisation is missing or the operation is not compared', () => {
    expect(answerSize('entity_deals', 'ours', { organization: null })).toBeNull();
    expect(answerSize('competitors', 'neo4j_graphql', { organizations: [] })).toBeNull();
    expect(answerSize('search', 'ours', { search: [] })).toBeNull();
  });
});
