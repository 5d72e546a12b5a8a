import { queryOperations } from '../../../bench/query-operations';
import type { QueryParameters } from '../../../bench/query-operations';
import { checkTargets } from '../../../bench/targets';
import { measurement } from '../../../bench/report';
import { encodeCursor } from '../../../server/resolvers/args';

const params: QueryParameters = {
  hubName: 'Ostrel KA',
  competitorName: 'Venmo',
  pathFrom: 'org:ostrel ka',
  pathTo: 'org:venmo',
  pathHops: 4,
  searchTerm: 'Ostrel',
  dealsAfter: encodeCursor(19),
};
const ops = (p: QueryParameters = params) => new Map(queryOperations(p).map((op) => [op.name, op]));

describe('equivalent Cypher: the same answer as the GraphQL operation, lean one kept', () => {
  it('every operation carries both a lean and an equivalent query, and they differ', () => {
    for (const op of queryOperations(params)) {
      expect(op.equivalent.text).toMatch(/MATCH|CALL/);
      expect(op.equivalent.text).not.toBe(op.cypher.text);
    }
  });

  it('resolves names as the API does: entity id, alias key and redirect, best candidate first', () => {
    const op = ops().get('entity_deals')!;
    expect(op.equivalent.params).toMatchObject({ id: 'org:ostrel ka', key: 'ostrel ka' });
    expect(op.equivalent.text).toContain(':Redirect {id: $id}');
    expect(op.equivalent.text).toContain(':Alias {key: $key}');
    expect(op.equivalent.text).toContain('ORDER BY e.id = $id DESC, weight DESC, e.id LIMIT 1');
    expect(ops().get('competitors')!.equivalent.text).toContain("verdict = 'REJECTED'");
  });

  it('reads the page after the cursor, and shapes it as a connection', () => {
    const op = ops().get('deals_page')!;
    expect(op.equivalent.text).toContain('(priced + unpriced)[20..40]');
    const node = { id: 'd21' };
    const data = op.equivalent.toData([{ total: 41, page: [node] }]) as { deals: Record<string, unknown> };
    expect(data.deals).toEqual({
      totalCount: 41,
      edges: [{ cursor: encodeCursor(20), node }],
      pageInfo: { hasNextPage: true, endCursor: encodeCursor(20) },
    });
    const last = op.equivalent.toData([{ total: 21, page: [node] }]) as { deals: { pageInfo: unknown } };
    expect(last.deals.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(20) });
    const empty = op.equivalent.toData([]) as { deals: { edges: unknown[]; pageInfo: unknown } };
    expect(empty.deals.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('the path follows redirects, filters curations and drops paths of more hops than asked', () => {
    const op = ops().get('path_4hop')!;
    expect(op.equivalent.text).toContain('(:Redirect {id: $from})');
    expect(op.equivalent.text).toContain('*..8]');
    expect(op.equivalent.text).toContain('WHERE size(kinds) <= $hops');
    expect(op.equivalent.toData([])).toEqual({ paths: [] });
  });

  it('search runs the alias-prefix branch only for terms of three folded characters or more', () => {
    expect(ops().get('search')!.equivalent.text).toContain('STARTS WITH $key');
    const short = ops({ ...params, searchTerm: 'Os' }).get('search')!;
    expect(short.equivalent.text).not.toContain('STARTS WITH');
    expect(short.equivalent.text).toContain(':Alias {key: $key}');
  });
});

describe('targets read GraphQL against the equivalent Cypher only', () => {
  it('the lean comparison is reported but checks no target', () => {
    const rows = [
      measurement('queries.search.graphql.p50', 2, 'ms', 10, {
        name: 'queries.search.cypher_equivalent.p50',
        value: 1,
      }),
      measurement('queries.search.graphql_vs_lean.p50', 2, 'ms', 10, {
        name: 'queries.search.cypher_lean.p50',
        value: 0.5,
      }),
    ];
    const checks = checkTargets(rows, 2);
    expect(checks.map((c) => c.measurement)).toEqual(['queries.search.graphql.p50']);
    expect(rows[1].ratio).toBe(4);
  });
});
