import { availableParallelism } from 'node:os';

/** Environment variable that sets the number of extraction threads when no --workers flag is given. */
export const EXTRACT_WORKERS_ENV = 'DEALGRAPH_EXTRACT_WORKERS';

/**
 * Extraction threads by default: one core is left to the main thread (reading, the driver) and to Neo4j,
 * which on the usual machine runs beside us; never fewer than one thread.
 */
export const DEFAULT_EXTRACT_WORKERS = Math.max(1, availableParallelism() - 1);

/** More threads than this only add memory (each loads its own copy of the extractor's lexicons). */
export const MAX_EXTRACT_WORKERS = 64;

export class ExtractWorkersUsageError extends Error {
  readonly code = 'EXTRACT_WORKERS_USAGE';
}

/** A thread count: 0 extracts on the main thread (no worker at all), 1…MAX_EXTRACT_WORKERS threads. */
export function parseExtractWorkers(value: string, source: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > MAX_EXTRACT_WORKERS)
    throw new ExtractWorkersUsageError(
      `${source} wants a whole number of extraction threads from 0 to ${MAX_EXTRACT_WORKERS}, got "${value}"`,
    );
  return n;
}

/** The flag if given, else the environment variable, else the default. */
export function resolveExtractWorkers(flag: string | undefined, env: NodeJS.ProcessEnv): number {
  if (flag !== undefined) return parseExtractWorkers(flag, '--workers');
  const fromEnv = env[EXTRACT_WORKERS_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return parseExtractWorkers(fromEnv, EXTRACT_WORKERS_ENV);
  return DEFAULT_EXTRACT_WORKERS;
}
