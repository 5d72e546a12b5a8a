import type { GraphHandle } from '../read/reader';
import { toCuration } from '../read/records';
import type { CurationRecord } from '../read/records';
import { CurationError } from './errors';
import { rows, withWrite } from './tx';

export type VerdictName = 'ACCEPTED' | 'REJECTED';

/**
 * Records a verdict on a deal (by Deal id) or a fact relationship (by its `id` property). The Curation node
 * is keyed by that id and lives apart from the fact, so deleting and re-ingesting the article keeps it.
 */
export async function setVerdict(
  graph: GraphHandle,
  factId: string,
  verdict: VerdictName,
  by: string,
  note: string | null,
): Promise<CurationRecord> {
  return withWrite(graph, async (run) => {
    const found = await rows(
      run,
      `OPTIONAL MATCH (d:Deal {id: $id})
       OPTIONAL MATCH ()-[r:COMPETES_WITH|FOUNDED|LEADS {id: $id}]->()
       RETURN d IS NOT NULL OR r IS NOT NULL AS exists
       LIMIT 1`,
      { id: factId },
    );
    if (found[0]?.exists !== true) {
      throw new CurationError('CURATION_NOT_FOUND', `No deal or fact has id "${factId}".`);
    }
    const saved = await rows(
      run,
      `MERGE (c:Curation {factId: $id})
       SET c.verdict = $verdict, c.by = $by, c.at = $at, c.note = $note
       RETURN properties(c) AS props`,
      { id: factId, verdict, by, at: new Date().toISOString(), note },
    );
    return toCuration(saved[0].props as Record<string, unknown>);
  });
}
