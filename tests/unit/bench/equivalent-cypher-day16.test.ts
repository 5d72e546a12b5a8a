import { queryOperations } from '../../../bench/query-operations';
import type { QueryParameters } from '../../../bench/query-operations';
import { formatTable, measurement } from '../../../bench/report';
import { checkTargets, graphqlRatioCheck } from '../../../bench/targets';
import { encodeCursor } from '../../../server/resolvers/args';

const params = (dealsAfter: string | null): QueryParameters => ({
  hubName: 'Ostrel KA',
  competitorName: 'Venmo',
  pathFrom: 'org:ostrel ka',
  pathTo: 'org:venmo',
  pathHops: 4,
  searchTerm: 'Ostrel',
  dealsAfter,
});
const equivalent = (name: string, dealsAfter: string | null = encodeCursor(19)) =>
  queryOperations(params(dealsAfter)).find((op) => op.name === name)!.equivalent.text;

describe('equivalent Cypher written to be planned well at scale', () => {
  it('seeks a name given as an id on the unique :Entity(id) index, never by scanning :Organization', () => {
    for (const name of ['entity_deals', 'competitors']) {
      const text = equivalent(name);
      expect(text).toContain('MATCH (e:Entity {id: $id}) WHERE e:Organization');
      expect(text).not.toMatch(/\(e:Organization \{id/);
    }
  });

  it('walks the amount index for the page and checks rejection only on the deals the walk reaches', () => {
    const text = equivalent('deals_page');
    expect(text).toContain('USING INDEX d:Deal(amount)');
    const order = text.indexOf('ORDER BY d.amount DESC, d.id');
    const live = text.indexOf("verdict = 'REJECTED'", order);
    const limit = text.indexOf('LIMIT 40', order);
    expect(order).toBeGreaterThan(-1);
    expect(live).toBeGreaterThan(order);
    expect(limit).toBeGreaterThan(live);
  });

  it('reads unpriced deals only when the priced ones do not fill the page, and slices the page asked for', () => {
    const second = equivalent('deals_page');
    expect(second).toContain('WHEN size(priced) < 40 THEN');
    expect(second).toContain('(priced + unpriced)[20..40]');
    const byId = second.indexOf('WITH d ORDER BY d.id WITH d WHERE');
    expect(byId).toBeGreaterThan(second.indexOf('d.amount IS NULL'));
    expect(second.indexOf("verdict = 'REJECTED'", byId)).toBeGreaterThan(byId);
    const first = equivalent('deals_page', null);
    expect(first).toContain('WHEN size(priced) < 20 THEN');
    expect(first).toContain('(priced + unpriced)[0..20]');
    // A cursor the API would refuse reads as the first page there, so here too.
    expect(equivalent('deals_page', 'not-a-cursor')).toContain('(priced + unpriced)[0..20]');
  });
});

describe('GraphQL ÷ equivalent Cypher: a baseline slower than the API is not a target met', () => {
  it('reads a ratio under 1 as not comparable and not met', () => {
    expect(graphqlRatioCheck('growth.100000.deals_page.graphql.p50', 0.16)).toEqual({
      measurement: 'growth.100000.deals_page.graphql.p50',
      target: expect.stringContaining('baseline slower than the whole GraphQL request'),
      met: false,
      comparable: false,
    });
  });

  it('reads ratios from 1 up as met up to 1.3 and missed above', () => {
    expect(graphqlRatioCheck('q.search.graphql.p50', 1)).toMatchObject({ met: true });
    expect(graphqlRatioCheck('q.search.graphql.p50', 1.29)).toMatchObject({ met: true });
    expect(graphqlRatioCheck('q.search.graphql.p50', 1.9)).toMatchObject({ met: false });
    expect(graphqlRatioCheck('q.search.graphql.p50', 1.9).comparable).toBeUndefined();
  });

  it('prints NOT COMPARABLE in the table, not OK or MISSED', () => {
    const rows = [
      measurement('queries.entity_deals.graphql.p50', 10, 'ms', 1000, { name: 'eq', value: 55.7 }),
      measurement('queries.search.graphql.p50', 2.6, 'ms', 1000, { name: 'eq', value: 2 }),
    ];
    const table = formatTable(rows, checkTargets(rows, 2)).split('\n');
    const line = (name: string) => table.find((l) => l.includes(name))!;
    expect(line('entity_deals')).toContain('NOT COMPARABLE');
    expect(line('entity_deals')).not.toMatch(/\bOK\b|MISSED/);
    expect(line('search')).toMatch(/ratio <= 1\.3 OK/);
  });
});
