import { toNative } from './reader';

/**
 * `toNative` for the rows a read has just received, converting inside the row objects instead of copying
 * them. `record.toObject()` already built each row (and the driver's unpacker every map and list in it) for
 * this read alone, so the second copy `toNative` makes was pure garbage: one more object per row, map and
 * list, on the path every API request takes. Values already native are left as they are, so converting a
 * value twice changes nothing. Never pass values anyone else still reads (use `toNative` for those).
 */
export function nativeRowsInPlace(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  for (const row of rows) nativeMapInPlace(row);
  return rows;
}

function nativeInPlace(value: unknown): unknown {
  if (typeof value !== 'object') return value === undefined ? null : value;
  if (value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = nativeInPlace(value[i]);
    return value;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return nativeMapInPlace(value as Record<string, unknown>);
  // Integers, nodes, relationships and temporal values become new values: `toNative` decides how.
  const v = value as Record<string, unknown>;
  if (v.properties && v.elementId !== undefined) return nativeInPlace(v.properties);
  return toNative(value);
}

function nativeMapInPlace(map: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(map)) map[k] = nativeInPlace(map[k]);
  return map;
}
