import neo4j from 'neo4j-driver';
import { nativeRowsInPlace } from '../../../graph/read/native-rows';
import { toNative } from '../../../graph/read/reader';

/** A row as the driver hands it over: Integers, a node, a temporal value, nested maps and lists. */
function driverRow(): Record<string, unknown> {
  const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'org:a', seen: neo4j.int(4) }, 'e1');
  return {
    n: neo4j.int(42),
    text: 'x',
    missing: undefined,
    none: null,
    list: [neo4j.int(1), { deep: neo4j.int(2) }, [neo4j.int(3)]],
    node,
    when: new neo4j.types.Date(2024, 3, 5),
    at: new neo4j.types.DateTime(2024, 3, 5, 10, 0, 0, 0, 0),
    bare: Object.assign(Object.create(null) as Record<string, unknown>, { k: neo4j.int(5) }),
  };
}

describe('nativeRowsInPlace (rows just read → plain values, no second copy)', () => {
  it('gives exactly what toNative gives, key order included', () => {
    const expected = JSON.stringify(toNative(driverRow()));
    const rows = nativeRowsInPlace([driverRow(), driverRow()]);
    expect(rows.map((r) => JSON.stringify(r))).toEqual([expected, expected]);
    expect(rows[0]).toEqual(toNative(driverRow()));
  });

  it('converts inside the row objects and their plain maps and lists', () => {
    const row = driverRow();
    const list = row.list as unknown[];
    const inner = list[1] as Record<string, unknown>;
    const [out] = nativeRowsInPlace([row]);
    expect(out).toBe(row);
    expect(out.list).toBe(list);
    expect(inner.deep).toBe(2);
    expect(out.n).toBe(42);
    expect(out.missing).toBeNull();
    expect(out.node).toEqual({ id: 'org:a', seen: 4 });
    expect(out.when).toBe('2024-03-05');
  });

  it('leaves values already converted as they are (converting twice changes nothing)', () => {
    const once = nativeRowsInPlace([driverRow()]);
    const snapshot = JSON.stringify(once);
    expect(JSON.stringify(nativeRowsInPlace(once))).toBe(snapshot);
  });

  it('returns the same array, empty included', () => {
    const rows: Record<string, unknown>[] = [];
    expect(nativeRowsInPlace(rows)).toBe(rows);
  });
});
