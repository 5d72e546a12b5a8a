import { parseBenchArgs } from '../../../bench/args';
import { FULL_GROWTH_SIZES, QUICK_GROWTH_SIZES } from '../../../bench/growth-sizes';

describe('parseBenchArgs', () => {
  it('runs extraction, ingest and growth at full sizes by default, never wiping a foreign database', () => {
    expect(parseBenchArgs([])).toEqual({
      only: ['extraction', 'ingest', 'growth'],
      quick: false,
      sizes: FULL_GROWTH_SIZES,
      allowWipe: false,
    });
    expect(FULL_GROWTH_SIZES).toEqual([1000, 10000, 100000]);
  });

  it('uses the small sizes in quick mode unless sizes are given', () => {
    expect(parseBenchArgs(['--quick']).sizes).toEqual(QUICK_GROWTH_SIZES);
    expect(parseBenchArgs(['--quick', '--sizes', '300,3000']).sizes).toEqual([300, 3000]);
  });

  it('reads --only lists and --allow-wipe', () => {
    const args = parseBenchArgs(['--only', 'queries,ingest', '--allow-wipe']);
    expect(args.only).toEqual(['queries', 'ingest']);
    expect(args.allowWipe).toBe(true);
  });

  it('rejects unknown sections, bad sizes, missing values and unknown flags with a stable code', () => {
    for (const argv of [
      ['--only', 'everything'],
      ['--sizes', '10,abc'],
      ['--sizes', '0'],
      ['--only'],
      ['--fast'],
    ]) {
      expect(() => parseBenchArgs(argv)).toThrow(expect.objectContaining({ code: 'BENCH_USAGE' }));
    }
  });
});
