import neo4j from 'neo4j-driver';
import type { Graph, Row } from '../connection';
import { runAutoCommitRead } from '../connection';
import { compactCypherCached } from './compact-cypher';
import { nativeRowsInPlace } from './native-rows';
import { withoutStackCapture } from './result-stack';

/**
 * Longest a single API read may run, in milliseconds. Neo4j aborts the transaction past it (a path search
 * over a dense graph is the usual culprit) and the caller gets a TIMEOUT error instead of a hung request.
 */
export const READ_TIMEOUT_MS = 15_000;

/** The graph connection reads and curation run on (graph/connection.ts). */
export type GraphHandle = Graph;

export type { Row };

/**
 * Runs read Cypher and counts the round trips, so one GraphQL request can be checked to stay within a
 * bounded number of queries however many entities it touches.
 */
export interface Reader {
  read(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  readonly queryCount: number;
}

export function createReader(graph: GraphHandle): Reader {
  let count = 0;
  return {
    async read(cypher, params = {}) {
      count += 1;
      const rows = await withoutStackCapture(() =>
        runAutoCommitRead(graph, compactCypherCached(cypher), params, { timeoutMs: READ_TIMEOUT_MS }),
      );
      return nativeRowsInPlace(rows) as Row[];
    },
    get queryCount() {
      return count;
    },
  };
}

/**
 * Driver values to plain JSON-like values: Integers become numbers, nodes and relationships their
 * properties, temporal values their ISO strings. It runs on every value of every row the API reads, so
 * primitives and the driver's plain maps (most of a row) take a short path without the driver's type
 * checks, which probe each object for several hidden markers.
 */
export function toNative(value: unknown): unknown {
  if (typeof value !== 'object') return value === undefined ? null : value;
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(toNative);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return nativeMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  const v = value as Record<string, unknown>;
  if (v.properties && v.elementId !== undefined) return toNative(v.properties);
  if (isTemporal(v)) return String(value);
  return nativeMap(v);
}

function nativeMap(v: Record<string, unknown>): Row {
  const out: Row = {};
  for (const k of Object.keys(v)) out[k] = toNative(v[k]);
  return out;
}

function isTemporal(v: Record<string, unknown>): boolean {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isDuration(v)
  );
}

/** LIMIT and SKIP must be sent as Neo4j integers, not floats. */
export function cypherInt(n: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.max(0, Math.floor(n)));
}

/** Groups rows by their `id` column, keeping row order within each group. */
export function group<T>(rows: Row[], map: (r: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const id = String(row.id);
    const bucket = out.get(id) ?? [];
    bucket.push(map(row));
    out.set(id, bucket);
  }
  return out;
}
