import type { Graph } from '../../../graph/connection';
import { runRead, runWrite } from '../../../graph/connection';
import { ENTITY_NAMES_INDEX, RANGE_INDEXES, UNIQUE_KEYS, migrate } from '../../../graph/migrations';
import { isDealgraphError } from '../../../graph/errors';
import { openTestGraph, resetGraph } from '../../setup/neo4j';

describe('migrate', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = await openTestGraph();
    await resetGraph(graph);
  });

  afterAll(async () => {
    await graph.close();
  });

  it('creates every constraint and index of the schema, all online, and a second run changes nothing', async () => {
    const before = await runRead(graph, 'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name');
    await migrate(graph);
    const after = await runRead(graph, 'SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name');
    expect(after).toEqual(before);

    const constraints = await runRead(
      graph,
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label, properties[0] AS prop, type',
    );
    for (const [label, prop] of UNIQUE_KEYS) {
      expect(constraints).toContainEqual({ label, prop, type: 'UNIQUENESS' });
    }
    const names = after.map((row) => row.name);
    for (const [, , name] of RANGE_INDEXES) expect(names).toContain(name);
    expect(names).toContain(ENTITY_NAMES_INDEX);
    expect(after.every((row) => row.state === 'ONLINE')).toBe(true);
  });

  it('enforces uniqueness on Entity.id with a typed error', async () => {
    await runWrite(graph, "CREATE (:Entity {id: 'org:dup'})");
    const err = await runWrite(graph, "CREATE (:Entity {id: 'org:dup'})").catch((e: unknown) => e);
    expect(isDealgraphError(err, 'CONSTRAINT_VIOLATION')).toBe(true);
  });

  it('finds entities through the full-text index', async () => {
    await runWrite(
      graph,
      "CREATE (:Entity:Organization {id: 'org:acme widgets', name: 'Acme Widgets', aliasText: 'ACME'})",
    );
    await runRead(graph, 'CALL db.awaitIndexes(60)');
    const rows = await runRead(
      graph,
      `CALL db.index.fulltext.queryNodes('${ENTITY_NAMES_INDEX}', 'acme') YIELD node RETURN node.id AS id`,
    );
    expect(rows).toEqual([{ id: 'org:acme widgets' }]);
  });
});
