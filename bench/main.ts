import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { openExtractPool, type ExtractPool } from '../cli/extract-pool';
import { resolveExtractWorkers } from '../cli/extract-workers';
import { openBenchDatabase, type BenchDatabase } from './database';
import { benchExtraction } from './extraction';
import { parseBenchArgs } from './args';
import { benchGrowth } from './growth';
import { WARMUP_ARTICLES, benchIngest, ingestPipeline } from './ingest';
import { benchQueries } from './queries';
import { formatTable, machineInfo, writeReport, type BenchReport, type Measurement } from './report';
import { dataDirFromEnv, isAcquisitionStory, loadReutersStories, repoRoot, storyToArticle } from './reuters';
import { checkTargets } from './targets';

/** Articles of the ingest benchmark in --quick mode (a full run ingests every `acq` story). */
export const QUICK_INGEST_ARTICLES = 500;
/** Articles in the graph for `--only queries`. */
export const QUERIES_ONLY_GRAPH_ARTICLES = 1000;
/** The same in --quick mode. */
export const QUICK_QUERIES_GRAPH_ARTICLES = 200;

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

async function main(argv: string[]): Promise<void> {
  const args = parseBenchArgs(argv);
  const startedAt = new Date().toISOString();
  const measurements: Measurement[] = [];
  const cores = availableParallelism();
  const resultsDir = join(repoRoot(), 'bench', 'results');
  // Saved after every section (and growth step), so a long run that dies late still leaves its figures.
  const save = (extra: readonly Measurement[] = []) => {
    const all = [...measurements, ...extra];
    const targets = checkTargets(all, cores);
    const report: BenchReport = {
      startedAt,
      finishedAt: new Date().toISOString(),
      args: argv,
      machine: machineInfo(),
      measurements: all,
      targets,
    };
    return { report, paths: writeReport(report, resultsDir) };
  };
  if (args.only.includes('extraction')) {
    measurements.push(...(await benchExtraction({ quick: args.quick, cores, log })));
    save();
  }

  const needsGraph = args.only.some((s) => s !== 'extraction');
  if (needsGraph) {
    const stories = loadReutersStories(dataDirFromEnv(process.env));
    const real = stories.map(storyToArticle).filter((a) => a.text.trim() !== '');
    let db: BenchDatabase | null = null;
    let pool: ExtractPool | null = null;
    const stop = () =>
      void Promise.resolve(pool?.close())
        .then(() => db?.close())
        .finally(() => process.exit(130));
    process.once('SIGINT', stop);
    try {
      // The same threads as `dealgraph ingest` (--workers, else DEALGRAPH_EXTRACT_WORKERS, else cores − 1).
      const workers = args.workers ?? resolveExtractWorkers(undefined, process.env);
      pool = openExtractPool(workers);
      log(`ingest pipeline extraction: ${workers === 0 ? 'main thread' : `${workers} thread(s)`}`);
      db = await openBenchDatabase({ env: process.env, allowWipe: args.allowWipe, log });
      if (args.only.includes('ingest')) {
        const acq = stories.filter(isAcquisitionStory).map(storyToArticle);
        // Warm-up on stories outside the measured set, so no measured article is already known.
        const warmup = stories
          .filter((s) => !isAcquisitionStory(s) && s.body !== '')
          .slice(-WARMUP_ARTICLES)
          .map(storyToArticle);
        const measured = args.quick ? acq.slice(0, QUICK_INGEST_ARTICLES) : acq;
        measurements.push(...(await benchIngest(db, measured, warmup, log, pool)));
        save();
      }
      if (args.only.includes('growth')) {
        measurements.push(
          ...(await benchGrowth(db, real, args.sizes, log, {
            queries: !args.noQueries,
            pool,
            onStep: (partial) => save(partial),
          })),
        );
      }
      if (args.only.includes('queries')) {
        await db.wipe();
        await ingestPipeline(
          db,
          real.slice(0, args.quick ? QUICK_QUERIES_GRAPH_ARTICLES : QUERIES_ONLY_GRAPH_ARTICLES),
          false,
          pool,
        );
        measurements.push(...(await benchQueries(db.graph, { prefix: 'queries', log })));
      }
    } finally {
      process.off('SIGINT', stop);
      await pool?.close();
      await db?.close();
    }
  }

  const { report, paths } = save();
  process.stdout.write(`${formatTable(report.measurements, report.targets)}\n`);
  log(`wrote ${paths.latest} and ${paths.dated}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    process.stderr.write(
      `bench failed${code ? ` [${code}]` : ''}: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}
