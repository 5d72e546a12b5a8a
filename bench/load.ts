import { elapsedMs } from './stats';

/** Measured requests per operation and per side (GraphQL, Cypher); issue #5 asks for at least 1,000. */
export const QUERY_REQUESTS = 1000;
/** Requests in flight at once, on both sides. */
export const QUERY_CONCURRENCY = 4;
/** Untimed requests per operation and side first: JIT, query plans and page cache warm up. */
export const QUERY_WARMUP_REQUESTS = 50;

export class QueryFailedError extends Error {
  readonly code = 'BENCH_QUERY_FAILED';
}

/** `total` calls with `concurrency` in flight; the latency of each call in ms. */
export async function runLoad(
  call: () => Promise<void>,
  total: number,
  concurrency: number,
): Promise<number[]> {
  const latencies: number[] = [];
  let issued = 0;
  const lane = async (): Promise<void> => {
    while (issued < total) {
      issued += 1;
      const start = process.hrtime.bigint();
      await call();
      latencies.push(elapsedMs(start));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, lane));
  return latencies;
}

/** POST one operation; GraphQL errors fail the run, since timing error paths would flatter the server. */
export async function postGraphql(url: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (!response.ok || json.errors?.length) {
    throw new QueryFailedError(
      `GraphQL ${response.status}: ${json.errors?.map((e) => e.message).join('; ') ?? 'no body'}`,
    );
  }
  return json.data ?? {};
}
