import { EvalError } from './errors';
import { DEFAULT_WIKINEURAL_BATCH_SENTENCES } from './wikineural';

/**
 * `holdout` is the blind gold set (tests/holdout-gold), `real` the real-text gold (tests/real-gold-en|fr), `fire`
 * the FIRE dev sentences; each is scored apart from `gold`.
 */
export type DataSet = 'gold' | 'holdout' | 'real' | 'fire' | 'acq' | 'wikineural';
export const DATA_SETS: readonly DataSet[] = ['gold', 'holdout', 'real', 'fire', 'acq', 'wikineural'];

export interface EvalOptions {
  only: DataSet | null;
  /** Items taken from each data set (gold files, documents, sentences); null = all. */
  limit: number | null;
  verbose: boolean;
  /**
   * Lets --verbose list the blind set's misses (and keeps them in latest.json); off by default so that nobody
   * tunes on it.
   */
  showHoldout: boolean;
  updateBaseline: boolean;
  wikineuralBatch: number;
}

export const USAGE =
  'usage: npm run eval -- [--only gold|holdout|real|fire|acq|wikineural] [--limit N] [--verbose] [--show-holdout] ' +
  '[--update-baseline] [--wikineural-batch N]';

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new EvalError('EVAL_BAD_ARGUMENT', `${flag} needs a positive integer`);
  return n;
}

export function parseEvalArgs(argv: readonly string[]): EvalOptions {
  const options: EvalOptions = {
    only: null,
    limit: null,
    verbose: false,
    showHoldout: false,
    updateBaseline: false,
    wikineuralBatch: DEFAULT_WIKINEURAL_BATCH_SENTENCES,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--only': {
        const v = value();
        if (!DATA_SETS.includes(v as DataSet))
          throw new EvalError('EVAL_BAD_ARGUMENT', `--only ${String(v)}; ${USAGE}`);
        options.only = v as DataSet;
        break;
      }
      case '--limit':
        options.limit = positiveInt(flag, value());
        break;
      case '--wikineural-batch':
        options.wikineuralBatch = positiveInt(flag, value());
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--show-holdout':
        options.showHoldout = true;
        break;
      case '--update-baseline':
        options.updateBaseline = true;
        break;
      default:
        throw new EvalError('EVAL_BAD_ARGUMENT', `unknown argument ${argv[i]}; ${USAGE}`);
    }
  }
  return options;
}

export function runs(options: EvalOptions, set: DataSet): boolean {
  return options.only === null || options.only === set;
}
