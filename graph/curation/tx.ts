import type { QueryRunner } from '../connection';
import { inWriteTransaction } from '../connection';
import type { GraphHandle } from '../read/reader';
import { toNative } from '../read/reader';

export type { QueryRunner };

/** Runs `work` in one retried write transaction: curation changes are all-or-nothing. */
export function withWrite<T>(graph: GraphHandle, work: (run: QueryRunner) => Promise<T>): Promise<T> {
  return inWriteTransaction(graph, work);
}

/** Rows with driver values turned into plain ones. */
export async function rows(
  run: QueryRunner,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  return (await run(cypher, params)).map((r) => toNative(r) as Record<string, unknown>);
}
