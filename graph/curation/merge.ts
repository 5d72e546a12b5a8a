import { randomUUID } from 'node:crypto';
import type { GraphHandle } from '../read/reader';
import { ALIAS_TEXT_SEPARATOR } from './aliases';
import { CurationError } from './errors';
import { decode, dropRelsTo, restoreRels, snapshotEntity } from './merge-snapshot';
import type { EntitySnapshot } from './merge-snapshot';
import { rows, withWrite } from './tx';
import type { QueryRunner } from './tx';

export interface MergeOutcome {
  mergeId: string;
  survivorId: string;
}

/** Evidence lists on fact relationships, concatenated when both entities had the same fact. */
const EVIDENCE_LISTS = ['articleIds', 'sentences', 'starts', 'ends', 'rules', 'confidences'];
const APPEND_EVIDENCE = EVIDENCE_LISTS.map(
  (k) => `n.${k} = coalesce(n.${k}, []) + coalesce(old.${k}, [])`,
).join(', ');
const EARLIEST_REPORT = `n.firstReported = CASE WHEN old.firstReported IS NOT NULL AND (n.firstReported IS NULL OR old.firstReported < n.firstReported) THEN old.firstReported ELSE n.firstReported END`;

/**
 * A moved fact gets a new id (ids name both ends), so a verdict on the old id is copied to the new one —
 * otherwise a rejected fact would reappear after a merge. An existing verdict on the new id wins.
 */
const CARRY_VERDICT = `WITH old, n
  CALL (old, n) {
    MATCH (c:Curation {factId: old.id}) WHERE n.id <> old.id
    MERGE (nc:Curation {factId: n.id})
    ON CREATE SET nc.verdict = c.verdict, nc.by = c.by, nc.at = c.at, nc.note = c.note
  }`;

/**
 * Folds `mergedId` into `survivorId`: every relationship moves to the survivor (same facts combine their
 * evidence), the survivor takes the merged names as aliases, and a Redirect keeps the old id resolving.
 * The MergeRecord keeps a snapshot of both entities so the merge can be undone.
 */
export async function mergeEntities(
  graph: GraphHandle,
  survivorId: string,
  mergedId: string,
  by: string,
): Promise<MergeOutcome> {
  return withWrite(graph, async (run) => {
    const survivor = await resolveId(run, survivorId);
    const merged = await resolveId(run, mergedId);
    if (survivor === merged)
      throw new CurationError('CURATION_BAD_INPUT', 'An entity cannot be merged into itself.');
    const survivorSnap = await snapshotEntity(run, survivor);
    const mergedSnap = await snapshotEntity(run, merged);
    if (!survivorSnap || !mergedSnap)
      throw new CurationError('CURATION_NOT_FOUND', 'Entity vanished during merge.');
    const p = { s: survivor, m: merged };
    await run(
      `MATCH (m:Entity {id: $m})-[old:COMPETES_WITH|FOUNDED|LEADS]-(s:Entity {id: $s}) DELETE old`,
      p,
    );
    await run(
      `MATCH (m:Entity {id: $m})-[old:MENTIONED_IN]->(a:Article) MATCH (s:Entity {id: $s})
       MERGE (s)-[n:MENTIONED_IN]->(a)
       ON CREATE SET n = properties(old)
       ON MATCH SET n.count = coalesce(n.count, 0) + coalesce(old.count, 0),
         n.starts = coalesce(n.starts, []) + coalesce(old.starts, []),
         n.ends = coalesce(n.ends, []) + coalesce(old.ends, []),
         n.surfaces = coalesce(n.surfaces, []) + coalesce(old.surfaces, [])
       DELETE old`,
      p,
    );
    await run(
      `MATCH (m:Entity {id: $m})-[old:PARTY_IN]->(d:Deal) MATCH (s:Entity {id: $s})
       MERGE (s)-[n:PARTY_IN {role: old.role}]->(d) ON CREATE SET n = properties(old) DELETE old`,
      p,
    );
    await run(
      `MATCH (m:Entity {id: $m})<-[old:ALIAS_OF]-(a:Alias) MATCH (s:Entity {id: $s}) MERGE (a)-[:ALIAS_OF]->(s) DELETE old`,
      p,
    );
    await run(
      `MATCH (m:Entity {id: $m})<-[old:TO]-(r:Redirect) MATCH (s:Entity {id: $s}) MERGE (r)-[:TO]->(s) DELETE old`,
      p,
    );
    await moveFacts(run, p);
    await run(
      `MATCH (m:Entity {id: $m}), (s:Entity {id: $s})
       WITH m, s, [x IN coalesce(s.aliases, []) + [m.name] + coalesce(m.aliases, []) WHERE x IS NOT NULL] AS names
       WITH m, s, reduce(acc = [], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
       SET s.aliases = aliases, s.aliasText = reduce(t = '', x IN aliases | t + CASE WHEN t = '' THEN '' ELSE $sep END + x),
           s.firstSeen = CASE WHEN m.firstSeen IS NOT NULL AND (s.firstSeen IS NULL OR m.firstSeen < s.firstSeen) THEN m.firstSeen ELSE s.firstSeen END,
           s.lastSeen = CASE WHEN m.lastSeen IS NOT NULL AND (s.lastSeen IS NULL OR m.lastSeen > s.lastSeen) THEN m.lastSeen ELSE s.lastSeen END
       WITH m, s
       MERGE (r:Redirect {id: m.id})
       MERGE (r)-[:TO]->(s)
       DETACH DELETE m`,
      { ...p, sep: ALIAS_TEXT_SEPARATOR },
    );
    const mergeId = randomUUID();
    await run(
      `CREATE (:MergeRecord {id: $id, survivorId: $s, mergedId: $m, snapshot: $snapshot, by: $by, at: $at})`,
      {
        id: mergeId,
        ...p,
        snapshot: JSON.stringify({ survivor: survivorSnap, merged: mergedSnap }),
        by,
        at: new Date().toISOString(),
      },
    );
    return { mergeId, survivorId: survivor };
  });
}

/**
 * Puts a merge back: the merged entity and its relationships return, the survivor's relationships to the
 * nodes the merge touched are restored to their earlier state, and the redirect goes.
 */
export async function undoMerge(graph: GraphHandle, mergeId: string, by: string): Promise<MergeOutcome> {
  return withWrite(graph, async (run) => {
    const found = await rows(run, `MATCH (r:MergeRecord {id: $id}) RETURN properties(r) AS props`, {
      id: mergeId,
    });
    if (!found[0]) throw new CurationError('CURATION_NOT_FOUND', `No merge has id "${mergeId}".`);
    const record = found[0].props as Record<string, unknown>;
    if (record.undoneAt)
      throw new CurationError('CURATION_CONFLICT', `Merge "${mergeId}" was already undone.`);
    const snap = JSON.parse(String(record.snapshot)) as { survivor: EntitySnapshot; merged: EntitySnapshot };
    const check = await rows(
      run,
      `RETURN EXISTS { MATCH (:Entity {id: $s}) } AS survivor, EXISTS { MATCH (:Entity {id: $m}) } AS merged`,
      { s: snap.survivor.id, m: snap.merged.id },
    );
    if (check[0]?.survivor !== true || check[0]?.merged === true) {
      throw new CurationError(
        'CURATION_CONFLICT',
        'The graph changed since this merge; it cannot be undone.',
      );
    }
    await dropRelsTo(run, snap.survivor.id, snap.merged.rels);
    const touched = new Set(snap.merged.rels.map((r) => `${r.spec}|${r.other}`));
    await restoreRels(
      run,
      snap.survivor.id,
      snap.survivor.rels.filter((r) => touched.has(`${r.spec}|${r.other}`)),
    );
    await run(`MATCH (r:Redirect {id: $m})-[:TO]->(:Entity {id: $s}) DETACH DELETE r`, {
      m: snap.merged.id,
      s: snap.survivor.id,
    });
    const label = snap.merged.person ? 'Person' : 'Organization';
    await run(`CREATE (e:Entity:${label}) SET e = $props`, { props: decode(snap.merged.props) });
    await restoreRels(run, snap.merged.id, snap.merged.rels);
    await run(`MATCH (s:Entity {id: $s}) SET s = $props`, {
      s: snap.survivor.id,
      props: decode(snap.survivor.props),
    });
    await run(`MATCH (r:MergeRecord {id: $id}) SET r.undoneAt = $at, r.undoneBy = $by`, {
      id: mergeId,
      at: new Date().toISOString(),
      by,
    });
    return { mergeId, survivorId: snap.merged.id };
  });
}

async function resolveId(run: QueryRunner, id: string): Promise<string> {
  const found = await rows(
    run,
    `OPTIONAL MATCH (e:Entity {id: $id})
     OPTIONAL MATCH (:Redirect {id: $id})-[:TO]->(r:Entity)
     WITH coalesce(e, r) AS n WHERE n IS NOT NULL RETURN n.id AS id`,
    { id },
  );
  if (!found[0]) throw new CurationError('CURATION_NOT_FOUND', `No entity has id "${id}".`);
  return String(found[0].id);
}

/** Fact relationships move with their direction; COMPETES_WITH is re-oriented from the smaller id. */
async function moveFacts(run: QueryRunner, p: { s: string; m: string }): Promise<void> {
  const onBoth = `ON MATCH SET ${APPEND_EVIDENCE}, ${EARLIEST_REPORT} ${CARRY_VERDICT} DELETE old`;
  for (const type of ['FOUNDED', 'LEADS'] as const) {
    await run(
      `MATCH (m:Entity {id: $m})-[old:${type}]->(o:Entity) MATCH (s:Entity {id: $s})
       MERGE (s)-[n:${type}]->(o) ON CREATE SET n = properties(old), n.id = '${type}:' + s.id + '>' + o.id ${onBoth}`,
      p,
    );
    await run(
      `MATCH (m:Entity {id: $m})<-[old:${type}]-(o:Entity) MATCH (s:Entity {id: $s})
       MERGE (o)-[n:${type}]->(s) ON CREATE SET n = properties(old), n.id = '${type}:' + o.id + '>' + s.id ${onBoth}`,
      p,
    );
  }
  await run(
    `MATCH (m:Entity {id: $m})-[old:COMPETES_WITH]-(o:Entity) MATCH (s:Entity {id: $s})
     WITH old, CASE WHEN s.id < o.id THEN s ELSE o END AS lo, CASE WHEN s.id < o.id THEN o ELSE s END AS hi
     MERGE (lo)-[n:COMPETES_WITH]->(hi)
     ON CREATE SET n = properties(old), n.id = 'COMPETES_WITH:' + lo.id + '>' + hi.id ${onBoth}`,
    p,
  );
}
