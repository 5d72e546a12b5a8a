import {
  adjacencyOf,
  hopDistances,
  luceneFor,
  pathEnds,
  queryOperations,
} from '../../../bench/query-operations';

const edges: [string, string][] = [
  ['org:a', 'org:b'],
  ['org:b', 'org:c'],
  ['org:c', 'org:d'],
  ['org:d', 'org:e'],
  ['org:e', 'org:f'],
  ['org:a', 'org:c'],
];

describe('hopDistances', () => {
  it('gives the fewest hops from the start, in both edge directions', () => {
    const d = hopDistances(adjacencyOf(edges), 'org:d', 4);
    expect(Object.fromEntries(d)).toEqual({
      'org:d': 0,
      'org:c': 1,
      'org:e': 1,
      'org:a': 2,
      'org:b': 2,
      'org:f': 2,
    });
  });

  it('stops at the hop bound', () => {
    const d = hopDistances(adjacencyOf(edges), 'org:a', 2);
    expect(d.get('org:d')).toBe(2);
    expect(d.has('org:e')).toBe(false);
  });
});

describe('pathEnds', () => {
  it('finds two organisations exactly the wanted hops apart', () => {
    const ends = pathEnds(adjacencyOf(edges), 4) ?? { from: '', to: '', hops: 0 };
    expect(ends.hops).toBe(4);
    expect(hopDistances(adjacencyOf(edges), ends.from, 6).get(ends.to)).toBe(4);
  });

  it('settles for the farthest pair when no pair is that far apart, and skips people as ends', () => {
    const small = adjacencyOf([
      ['org:x', 'person:p'],
      ['person:p', 'org:y'],
    ]);
    expect(pathEnds(small, 4)).toEqual({ from: 'org:x', to: 'org:y', hops: 2 });
    expect(pathEnds(adjacencyOf([]), 4)).toBeNull();
  });
});

describe('queryOperations', () => {
  const ops = queryOperations({
    hubName: 'Ostrel Ka',
    competitorName: 'Ostrel Ka',
    pathFrom: 'org:ostrel ka',
    pathTo: 'org:venmo',
    pathHops: 4,
    searchTerm: 'Ostrel',
    dealsAfter: 'cursor-1',
  });

  it('defines the five operations, each with GraphQL and Cypher sides', () => {
    expect(ops.map((o) => o.name)).toEqual([
      'entity_deals',
      'deals_page',
      'competitors',
      'path_4hop',
      'search',
    ]);
    for (const op of ops) {
      expect(op.graphql.query).toMatch(/^query/);
      expect(op.cypher.text).toMatch(/MATCH|CALL/);
    }
  });

  it('passes the picked arguments through, folding names to alias keys for Cypher', () => {
    const [entity, deals, , path] = ops;
    expect(entity.graphql.variables).toEqual({ name: 'Ostrel Ka' });
    expect(entity.cypher.params).toEqual({ key: 'ostrel ka' });
    expect(deals.graphql.variables).toEqual({ after: 'cursor-1' });
    expect(path.cypher.params).toEqual({ from: 'org:ostrel ka', to: 'org:venmo' });
    expect(path.cypher.text).toContain('*..8');
  });
});

describe('luceneFor', () => {
  it('searches the term boosted, as a prefix and fuzzily, escaping syntax', () => {
    expect(luceneFor('Acme')).toBe('acme^3 OR acme* OR acme~');
    expect(luceneFor('a+b')).toBe('a\\+b^3 OR a\\+b* OR a\\+b~');
  });
});
