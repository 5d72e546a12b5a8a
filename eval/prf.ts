/** Raw match counts; scores are always derived from these so that sums over files stay exact (micro average). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

export function sumCounts(parts: readonly Counts[]): Counts {
  return parts.reduce((acc, c) => addCounts(acc, c), emptyCounts());
}

/**
 * Nothing predicted and nothing to find is a perfect score (1), not a division by zero: a file with no relation
 * of a type and an extractor that reports none did the right thing. Any other zero denominator gives 0.
 */
export function scoresOf(counts: Counts): Scores {
  const { tp, fp, fn } = counts;
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
