import neo4j from 'neo4j-driver';
import type { QueryRunner } from './tx';

/**
 * What a merge moves, one entry per relationship kind an entity can have. Labels, types and key properties
 * are spliced into Cypher only from this fixed list.
 */
export interface RelSpec {
  type: 'MENTIONED_IN' | 'PARTY_IN' | 'ALIAS_OF' | 'TO' | 'COMPETES_WITH' | 'FOUNDED' | 'LEADS';
  /** `out`: (entity)-[r]->(other); `in`: (other)-[r]->(entity). */
  dir: 'out' | 'in';
  other: 'Article' | 'Deal' | 'Alias' | 'Redirect' | 'Entity';
  key: 'id' | 'key';
}

export const REL_SPECS: readonly RelSpec[] = [
  { type: 'MENTIONED_IN', dir: 'out', other: 'Article', key: 'id' },
  { type: 'PARTY_IN', dir: 'out', other: 'Deal', key: 'id' },
  { type: 'ALIAS_OF', dir: 'in', other: 'Alias', key: 'key' },
  { type: 'TO', dir: 'in', other: 'Redirect', key: 'id' },
  { type: 'COMPETES_WITH', dir: 'out', other: 'Entity', key: 'id' },
  { type: 'COMPETES_WITH', dir: 'in', other: 'Entity', key: 'id' },
  { type: 'FOUNDED', dir: 'out', other: 'Entity', key: 'id' },
  { type: 'FOUNDED', dir: 'in', other: 'Entity', key: 'id' },
  { type: 'LEADS', dir: 'out', other: 'Entity', key: 'id' },
  { type: 'LEADS', dir: 'in', other: 'Entity', key: 'id' },
];

export interface SnapshotRel {
  spec: number;
  other: string;
  props: unknown;
}

export interface EntitySnapshot {
  id: string;
  person: boolean;
  props: unknown;
  rels: SnapshotRel[];
}

export const pattern = (spec: RelSpec, rel: string): string =>
  spec.dir === 'out'
    ? `(e:Entity)-[${rel}:${spec.type}]->(o:${spec.other})`
    : `(e:Entity)<-[${rel}:${spec.type}]-(o:${spec.other})`;

/** Everything needed to put an entity and its relationships back as they were. */
export async function snapshotEntity(run: QueryRunner, id: string): Promise<EntitySnapshot | null> {
  const head = await run(`MATCH (e:Entity {id: $id}) RETURN properties(e) AS props, e:Person AS person`, {
    id,
  });
  if (head.length === 0) return null;
  const rels: SnapshotRel[] = [];
  for (let i = 0; i < REL_SPECS.length; i += 1) {
    const spec = REL_SPECS[i];
    const found = await run(
      `MATCH ${pattern(spec, 'r')} WHERE e.id = $id RETURN o.${spec.key} AS other, properties(r) AS props`,
      { id },
    );
    for (const row of found) rels.push({ spec: i, other: String(row.other), props: encode(row.props) });
  }
  return { id, person: head[0].person === true, props: encode(head[0].props), rels };
}

/** Recreates relationships from a snapshot, for the given entity, one query per relationship kind. */
export async function restoreRels(run: QueryRunner, entityId: string, rels: SnapshotRel[]): Promise<void> {
  for (let i = 0; i < REL_SPECS.length; i += 1) {
    const batch = rels.filter((r) => r.spec === i).map((r) => ({ other: r.other, props: decode(r.props) }));
    if (batch.length === 0) continue;
    const spec = REL_SPECS[i];
    await run(
      `MATCH (e:Entity {id: $id})
       UNWIND $batch AS row
       MATCH (o:${spec.other} {${spec.key}: row.other})
       CREATE ${spec.dir === 'out' ? `(e)-[r:${spec.type}]->(o)` : `(e)<-[r:${spec.type}]-(o)`}
       SET r = row.props`,
      { id: entityId, batch },
    );
  }
}

/** Deletes an entity's relationships of the snapshot's kinds that end at the given other nodes. */
export async function dropRelsTo(run: QueryRunner, entityId: string, rels: SnapshotRel[]): Promise<void> {
  for (let i = 0; i < REL_SPECS.length; i += 1) {
    const others = [...new Set(rels.filter((r) => r.spec === i).map((r) => r.other))];
    if (others.length === 0) continue;
    const spec = REL_SPECS[i];
    const either = spec.other === 'Entity' ? `(e:Entity)-[r:${spec.type}]-(o:Entity)` : pattern(spec, 'r');
    await run(`MATCH ${either} WHERE e.id = $id AND o.${spec.key} IN $others DELETE r`, {
      id: entityId,
      others,
    });
  }
}

/**
 * JSON that keeps integers as integers: the driver hands them over as JS numbers, and written back as
 * numbers they would become floats. Every integral number is restored as an integer — the properties a
 * merge moves (counts, offsets, roles, evidence) hold no float that is meant to stay integral-valued apart
 * from confidences, where 1 and 1.0 read back the same.
 */
export function encode(value: unknown): unknown {
  if (neo4j.isInt(value)) return { $int: String(value) };
  if (typeof value === 'number' && Number.isInteger(value)) return { $int: String(value) };
  // Temporal values come back as ISO strings; the model stores dates as strings anyway.
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encode(v);
    return out;
  }
  return value;
}

export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.$int === 'string' && Object.keys(v).length === 1) return neo4j.int(v.$int);
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = decode(inner);
    return out;
  }
  return value;
}

function isTemporal(v: unknown): boolean {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isLocalTime(v)
  );
}
