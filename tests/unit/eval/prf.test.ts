import { addCounts, scoresOf, sumCounts } from '../../../eval/prf';

describe('scoresOf', () => {
  it('derives precision, recall and their harmonic mean from counts', () => {
    const s = scoresOf({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 5);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('treats nothing to find and nothing found as perfect', () => {
    expect(scoresOf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives zero, not NaN, when only errors were made', () => {
    expect(scoresOf({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(scoresOf({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('micro-averages by summing counts before dividing', () => {
    const total = sumCounts([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0, fp: 0, fn: 3 },
    ]);
    expect(total).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(scoresOf(total).recall).toBeCloseTo(0.25);
    expect(addCounts({ tp: 1, fp: 1, fn: 1 }, { tp: 2, fp: 0, fn: 5 })).toEqual({ tp: 3, fp: 1, fn: 6 });
  });
});
