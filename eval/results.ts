import type { AcqResult } from './acquisitions';
import type { ExtractFailure } from './extractor';
import type { GoldResult } from './gold-eval';
import type { WikiResult } from './wikineural';

/** What `npm run eval` writes to eval/results/latest.json (and, with --update-baseline, to eval/BASELINE.json). */
export interface EvalResults {
  generatedAt: string;
  /** Data sets actually run and the --limit used, so a partial run is never mistaken for a full one. */
  run: { only: string | null; limit: number | null };
  gold?: GoldResult;
  /** The blind set (tests/holdout-gold), never merged into `gold`; its `files` are empty unless --show-holdout. */
  holdout?: GoldResult;
  /** The second blind set (tests/holdout-gold-2), kept apart from both. */
  holdout2?: GoldResult;
  /** The blind real-text set (tests/real-gold-en-2), kept apart like the other blind sets. */
  holdoutReal?: GoldResult;
  /** Real-text gold (tests/real-gold-en, tests/real-gold-fr): open dev sets, scored apart from `gold`. */
  real?: GoldResult;
  /** FIRE dev sentences, scored on FIRE's relation types only (`fire.relationTypes`). */
  fire?: GoldResult;
  acquisitions?: AcqResult;
  wikineural?: WikiResult;
  timing: { totalSeconds: number };
  /** Inputs on which extractArticle threw; each was scored as an empty extraction. */
  extractorFailures?: ExtractFailure[];
}

/** Error listings are for reading, not for comparing: the baseline keeps numbers only. */
export function withoutErrorLists(results: EvalResults): EvalResults {
  return JSON.parse(
    JSON.stringify(results, (key, value: unknown) =>
      key === 'files' || key === 'errors' || key === 'extractorFailures' ? undefined : value,
    ),
  ) as EvalResults;
}

/** The F1 at a dotted path of a results object (e.g. "gold.overall.entities"), if there is one. */
export function f1At(results: unknown, dotted: string): number | undefined {
  let node: unknown = results;
  for (const part of dotted.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const f1 = (node as { f1?: unknown } | undefined)?.f1;
  return typeof f1 === 'number' ? f1 : undefined;
}
