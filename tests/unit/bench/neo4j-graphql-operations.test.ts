import { Neo4jGraphQL } from '@neo4j/graphql';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { FIRST_DEALS_PAGE_QUERY, neo4jGraphqlOperations } from '../../../bench/neo4j-graphql/operations';
import { NEO4J_GRAPHQL_TYPE_DEFS } from '../../../bench/neo4j-graphql/type-defs';
import { queryOperations } from '../../../bench/query-operations';

const params = {
  hubName: 'Alpha Holdings',
  competitorName: 'Beta Works',
  pathFrom: 'org:alpha',
  pathTo: 'org:beta',
  pathHops: 2,
  searchTerm: 'Alpha',
  dealsAfter: null,
};

describe('@neo4j/graphql comparison operations', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    // Building the schema needs no database: this checks our type definitions against the library.
    schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS }).getSchema();
  }, 60_000);

  it('every operation and the first-page query validate against the generated schema', () => {
    const queries = [FIRST_DEALS_PAGE_QUERY, ...neo4jGraphqlOperations(params, 'cursor').map((o) => o.query)];
    for (const query of queries) {
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    }
  });

  it('compares only operations that exist on our side, under the same names', () => {
    const ours = new Set(queryOperations(params).map((o) => o.name));
    const theirs = neo4jGraphqlOperations(params, null).map((o) => o.name);
    expect(theirs.length).toBeGreaterThan(0);
    for (const name of theirs) expect(ours.has(name)).toBe(true);
    expect(theirs).not.toContain('path_4hop');
    expect(theirs).not.toContain('search');
  });

  it('passes the picked arguments through as variables', () => {
    const [entity, page, rivals] = neo4jGraphqlOperations(params, 'abc');
    expect(entity.variables).toEqual({ name: 'Alpha Holdings' });
    expect(page.variables).toEqual({ after: 'abc' });
    expect(rivals.variables).toEqual({ name: 'Beta Works' });
  });
});
