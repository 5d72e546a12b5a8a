import { Agent, request } from 'node:http';
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

/** Blocks each side's requests are split into when two sides are measured against each other. */
export const QUERY_INTERLEAVE_ROUNDS = 10;

/**
 * `total` calls of each side, measured in alternating blocks (`rounds` per side, same concurrency), so that
 * a change in the machine's load during the run weighs on every side alike instead of on whichever ran
 * last. Latencies per side, in the order of `sides`.
 */
export async function runInterleaved(
  sides: readonly (() => Promise<void>)[],
  total: number,
  concurrency: number,
  rounds: number = QUERY_INTERLEAVE_ROUNDS,
): Promise<number[][]> {
  const out = sides.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    // The same split of `total` into `rounds` blocks for every side; the last blocks take the remainder.
    const block = Math.floor((total * (round + 1)) / rounds) - Math.floor((total * round) / rounds);
    for (let i = 0; i < sides.length; i++) out[i].push(...(await runLoad(sides[i], block, concurrency)));
  }
  return out;
}

/**
 * One keep-alive socket per request in flight, reused for the whole run: a bare node:http client costs the
 * load generator less per request than fetch (undici's streams and WHATWG wrappers), so the client's own
 * overhead weighs as little as possible on the GraphQL figures.
 */
const agent = new Agent({ keepAlive: true, maxSockets: QUERY_CONCURRENCY * 2 });

/** POST one operation; GraphQL errors fail the run, since timing error paths would flatter the server. */
export function postGraphql(url: string, body: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(graphqlData(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The `data` of a GraphQL response body, or a QueryFailedError for a non-2xx status or any `errors`. */
export function graphqlData(status: number, text: string): Record<string, unknown> {
  let json: { data?: Record<string, unknown>; errors?: { message: string }[] };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new QueryFailedError(`GraphQL ${status}: not JSON: ${text.slice(0, 200)}`);
  }
  if (status < 200 || status >= 300 || json.errors?.length) {
    throw new QueryFailedError(
      `GraphQL ${status}: ${json.errors?.map((e) => e.message).join('; ') ?? 'no body'}`,
    );
  }
  return json.data ?? {};
}
