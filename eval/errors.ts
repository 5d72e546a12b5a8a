/** Stable codes so a caller (or CI log grep) can tell why an evaluation could not run. */
export type EvalErrorCode =
  | 'EVAL_DATA_MISSING'
  | 'EVAL_GOLD_INVALID'
  | 'EVAL_KEY_INVALID'
  | 'EVAL_CONLL_INVALID'
  | 'EVAL_EXTRACTOR_MISSING'
  | 'EVAL_BAD_ARGUMENT'
  /** An article of the blind set (tests/holdout-gold) is also in the tuning gold set. */
  | 'EVAL_HOLDOUT_LEAK';

export class EvalError extends Error {
  readonly code: EvalErrorCode;

  constructor(code: EvalErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'EvalError';
    this.code = code;
  }
}
