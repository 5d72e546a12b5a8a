/** Latency and throughput arithmetic shared by every benchmark. */

export class StatsError extends Error {
  readonly code = 'BENCH_STATS_EMPTY';
}

/**
 * Nearest-rank percentile (the smallest sample with at least p% of samples at or below it), so every
 * reported figure is a latency that really happened rather than an interpolation between two.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new StatsError('percentile of no samples');
  if (!(p > 0 && p <= 100)) throw new StatsError(`percentile out of range: ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1];
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) throw new StatsError('summary of no samples');
  const sum = samples.reduce((a, b) => a + b, 0);
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    mean: sum / samples.length,
    max: Math.max(...samples),
  };
}

/** value / baseline, or null when there is no baseline to divide by. */
export function ratioOf(value: number, baseline: number | null): number | null {
  if (baseline === null || baseline === 0 || !Number.isFinite(baseline)) return null;
  return value / baseline;
}

/** Milliseconds since `start` (a process.hrtime.bigint() reading). */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
