import type { QueryRunner } from '../connection';
import { inWriteTransaction } from '../connection';
import type { GraphHandle } from '../read/reader';
import { toNative } from '../read/reader';
import { CurationError } from './errors';

export type { QueryRunner };

/**
 * Runs `work` in one retried write transaction; curation changes are all-or-nothing. The transaction helper
 * wraps whatever it catches as a Neo4j failure, so a CurationError raised by `work` is kept aside and
 * rethrown as itself.
 */
export async function withWrite<T>(graph: GraphHandle, work: (run: QueryRunner) => Promise<T>): Promise<T> {
  let refusal: CurationError | null = null;
  try {
    return await inWriteTransaction(graph, async (run) => {
      try {
        return await work(run);
      } catch (err) {
        if (err instanceof CurationError) refusal = err;
        throw err;
      }
    });
  } catch (err) {
    throw refusal ?? err;
  }
}

/** Rows with driver values turned into plain ones. */
export async function rows(
  run: QueryRunner,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  return (await run(cypher, params)).map((r) => toNative(r) as Record<string, unknown>);
}
