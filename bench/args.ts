import { parseExtractWorkers } from '../cli/extract-workers';
import { FULL_GROWTH_SIZES, QUICK_GROWTH_SIZES } from './growth-sizes';

export const BENCH_SECTIONS = ['extraction', 'ingest', 'growth', 'queries'] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

export class BenchUsageError extends Error {
  readonly code = 'BENCH_USAGE';
}

export interface BenchArgs {
  only: BenchSection[];
  quick: boolean;
  sizes: number[];
  allowWipe: boolean;
  /** --no-queries: growth ingests and times its steps without measuring queries at each size. */
  noQueries?: boolean;
  /** --workers N: extraction threads of the ingest pipeline (0 = main thread); else as `dealgraph ingest`. */
  workers?: number;
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { only: [], quick: false, sizes: [], allowWipe: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--quick') args.quick = true;
    else if (flag === '--allow-wipe') args.allowWipe = true;
    else if (flag === '--no-queries') args.noQueries = true;
    else if (flag === '--workers') {
      const value = argv[++i];
      if (value === undefined) throw new BenchUsageError(`${flag} needs a value`);
      try {
        args.workers = parseExtractWorkers(value, flag);
      } catch (error) {
        throw new BenchUsageError((error as Error).message);
      }
    } else if (flag === '--only' || flag === '--sizes') {
      const value = argv[++i];
      if (value === undefined) throw new BenchUsageError(`${flag} needs a value`);
      if (flag === '--only') {
        for (const part of value.split(',')) {
          if (!(BENCH_SECTIONS as readonly string[]).includes(part))
            throw new BenchUsageError(`unknown section "${part}"; one of ${BENCH_SECTIONS.join(', ')}`);
          args.only.push(part as BenchSection);
        }
      } else {
        args.sizes = value.split(',').map((s) => Number(s));
        if (args.sizes.some((n) => !Number.isInteger(n) || n <= 0))
          throw new BenchUsageError(`--sizes wants positive integers: ${value}`);
      }
    } else throw new BenchUsageError(`unknown flag ${flag}`);
  }
  if (args.sizes.length === 0) args.sizes = args.quick ? QUICK_GROWTH_SIZES : FULL_GROWTH_SIZES;
  // Queries are measured at every growth size; on their own they need a graph of their own.
  if (args.only.length === 0) args.only = ['extraction', 'ingest', 'growth'];
  return args;
}
