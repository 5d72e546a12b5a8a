import neo4j from 'neo4j-driver';
import { toNative } from '../../../graph/read/reader';

describe('toNative (driver values → plain values)', () => {
  it('keeps primitives and turns undefined into null', () => {
    expect(toNative('a')).toBe('a');
    expect(toNative(3.5)).toBe(3.5);
    expect(toNative(false)).toBe(false);
    expect(toNative(undefined)).toBeNull();
    expect(toNative(null)).toBeNull();
  });

  it('converts Integers, nodes and temporal values nested in plain maps and lists', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'org:a', seen: neo4j.int(4) }, 'e1');
    const row = {
      n: neo4j.int(42),
      list: [neo4j.int(1), { deep: neo4j.int(2) }],
      node,
      when: new neo4j.types.Date(2024, 3, 5),
    };
    expect(toNative(row)).toEqual({
      n: 42,
      list: [1, { deep: 2 }],
      node: { id: 'org:a', seen: 4 },
      when: '2024-03-05',
    });
  });

  it('returns new maps and lists, leaving the driver record untouched', () => {
    const inner = { x: neo4j.int(7) };
    const row = { inner, list: [inner] };
    const out = toNative(row) as { inner: { x: number }; list: unknown[] };
    expect(out.inner).not.toBe(inner);
    expect(out.list).not.toBe(row.list);
    expect(neo4j.isInt(inner.x)).toBe(true);
  });

  it('reads maps with no prototype like plain ones', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.k = neo4j.int(5);
    expect(toNative({ bare })).toEqual({ bare: { k: 5 } });
  });
});
