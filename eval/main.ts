import fs from 'node:fs';
import path from 'node:path';
import { evaluateAcquisitions } from './acquisitions';
import type { EvalOptions } from './args';
import { parseEvalArgs, runs } from './args';
import { EvalError } from './errors';
import type { Extract } from './extractor';
import { guardExtractor, loadExtractor } from './extractor';
import { FIRE_RELATION_TYPES, loadFireAsGold } from './fire';
import { evaluateFire } from './fire-eval';
import { loadGoldSet } from './gold';
import type { GoldResult } from './gold-eval';
import { evaluateGold } from './gold-eval';
import { assertNoLeak, evaluateHoldout, loadHoldoutSet } from './holdout';
import type { EvalPaths } from './paths';
import { evalPaths } from './paths';
import { loadRealGoldSet } from './real-gold';
import { errorListing, missCauseLines, reportSections } from './report';
import type { EvalResults } from './results';
import { f1At, withoutErrorLists } from './results';
import { regressions, renderTable } from './table';
import { evaluateWikineural } from './wikineural';

function readBaseline(file: string): EvalResults | null {
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as EvalResults;
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The real-text gold, refused when one of its articles is also in a gold or blind set (it would be scored twice,
 * once as something it is not).
 */
function evaluateReal(options: EvalOptions, paths: EvalPaths, extract: Extract): GoldResult | undefined {
  const real = loadRealGoldSet(paths.realGoldDirs);
  if (real.length === 0) return undefined;
  const earlier = [
    ...loadGoldSet(paths.seedGold, paths.devGoldDirs),
    ...loadHoldoutSet(paths.holdoutGoldDir),
    ...loadHoldoutSet(paths.holdoutGold2Dir),
  ];
  assertNoLeak(real, earlier, 'real-text gold');
  return evaluateGold(real.slice(0, options.limit ?? undefined), extract);
}

function main(argv: readonly string[]): void {
  const options = parseEvalArgs(argv);
  const paths = evalPaths();
  const { extract, failures } = guardExtractor(loadExtractor());
  const started = process.hrtime.bigint();
  const results: EvalResults = {
    generatedAt: new Date().toISOString(),
    run: { only: options.only, limit: options.limit },
    timing: { totalSeconds: 0 },
  };
  if (runs(options, 'gold')) {
    const gold = loadGoldSet(paths.seedGold, paths.devGoldDirs).slice(0, options.limit ?? undefined);
    results.gold = evaluateGold(gold, extract);
  }
  const holdout = runs(options, 'holdout') ? loadHoldoutSet(paths.holdoutGoldDir) : [];
  const holdout2 = runs(options, 'holdout') ? loadHoldoutSet(paths.holdoutGold2Dir) : [];
  if (holdout.length || holdout2.length) {
    const tuning = loadGoldSet(paths.seedGold, paths.devGoldDirs);
    assertNoLeak(holdout, tuning);
    assertNoLeak(holdout2, [...tuning, ...holdout]);
  }
  if (holdout.length) {
    const scored = holdout.slice(0, options.limit ?? undefined);
    results.holdout = evaluateHoldout(scored, extract, options.showHoldout);
  }
  if (holdout2.length) {
    const scored = holdout2.slice(0, options.limit ?? undefined);
    results.holdout2 = evaluateHoldout(scored, extract, options.showHoldout);
  }
  const holdoutReal = runs(options, 'holdout') ? loadHoldoutSet(paths.holdoutRealDir) : [];
  if (holdoutReal.length) {
    const earlier = [
      ...loadGoldSet(paths.seedGold, paths.devGoldDirs),
      ...holdout,
      ...holdout2,
      ...loadRealGoldSet(paths.realGoldDirs),
    ];
    assertNoLeak(holdoutReal, earlier, 'holdout-real');
    const scored = holdoutReal.slice(0, options.limit ?? undefined);
    results.holdoutReal = evaluateHoldout(scored, extract, options.showHoldout);
  }
  if (runs(options, 'real')) results.real = evaluateReal(options, paths, extract);
  if (runs(options, 'fire')) {
    results.fire = evaluateFire(paths.fireFile, loadFireAsGold, FIRE_RELATION_TYPES, extract, options.limit);
  }
  if (runs(options, 'acq'))
    results.acquisitions = evaluateAcquisitions(paths.acquisitionsDir, extract, options.limit);
  if (runs(options, 'wikineural')) {
    results.wikineural = evaluateWikineural(
      paths.wikineuralFile,
      extract,
      options.limit,
      options.wikineuralBatch,
    );
  }
  results.timing.totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  results.extractorFailures = failures;

  const baseline = readBaseline(paths.baselineFile);
  if (options.verbose) console.log(errorListing(results, options.showHoldout));
  const sections = reportSections(results);
  const baselineF1 = (p: string): number | undefined => (baseline ? f1At(baseline, p) : undefined);
  console.log(renderTable(sections, baselineF1));
  const causes = missCauseLines(results);
  if (causes.length)
    console.log(`\nWhy gold relations were missed (eval/miss-causes.ts):\n${causes.join('\n')}`);
  const fell = regressions(sections, baselineF1);
  if (fell.length) {
    console.log(`\nF1 fell below eval/BASELINE.json on ${fell.length} row(s):`);
    for (const r of fell) console.log(`  ${r.label}: ${r.delta.toFixed(3)}`);
  }
  if (baseline && (baseline.run.limit !== results.run.limit || options.limit !== null)) {
    console.log(
      `(ΔF1 compares with a baseline of limit ${String(baseline.run.limit)}; this run used ${String(options.limit)})`,
    );
  }
  if (failures.length) {
    console.log(
      `\nthe extractor threw on ${failures.length} input(s), scored as empty; first: ${failures[0].file}: ${failures[0].message}`,
    );
  }
  writeJson(paths.resultsFile, results);
  console.log(
    `\nwrote ${path.relative(process.cwd(), paths.resultsFile)} (${results.timing.totalSeconds.toFixed(1)} s)`,
  );
  if (options.updateBaseline) {
    writeJson(paths.baselineFile, withoutErrorLists(results));
    console.log(`updated ${path.relative(process.cwd(), paths.baselineFile)}`);
  }
}

try {
  main(process.argv.slice(2));
} catch (err) {
  if (err instanceof EvalError) {
    console.error(err.message);
    process.exitCode = 2;
  } else throw err;
}
