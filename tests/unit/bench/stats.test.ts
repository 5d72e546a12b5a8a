import { percentile, ratioOf, summarizeLatencies } from '../../../bench/stats';

describe('percentile', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it('uses the nearest rank on unsorted input', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
  });

  it('returns a real sample, rounding the rank up', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
    expect(percentile([7], 99)).toBe(7);
  });

  it('does not reorder the caller array', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses empty input and out-of-range percentiles', () => {
    expect(() => percentile([], 50)).toThrow(expect.objectContaining({ code: 'BENCH_STATS_EMPTY' }));
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe('summarizeLatencies and ratioOf', () => {
  it('summarises count, percentiles, mean and max', () => {
    const summary = summarizeLatencies([4, 1, 3, 2]);
    expect(summary).toEqual({ n: 4, p50: 2, p95: 4, p99: 4, mean: 2.5, max: 4 });
  });

  it('divides by the baseline and gives null without a usable one', () => {
    expect(ratioOf(30, 20)).toBe(1.5);
    expect(ratioOf(30, null)).toBeNull();
    expect(ratioOf(30, 0)).toBeNull();
  });
});
