import { parseBenchArgs } from '../../../bench/args';

describe('bench --workers', () => {
  it('sets the pipeline extraction threads, 0 included, and leaves them unset without the flag', () => {
    expect(parseBenchArgs(['--only', 'ingest', '--workers', '2']).workers).toBe(2);
    expect(parseBenchArgs(['--workers', '0']).workers).toBe(0);
    expect(parseBenchArgs(['--only', 'ingest']).workers).toBeUndefined();
  });

  it('refuses a missing or bad count as a usage error', () => {
    expect(() => parseBenchArgs(['--workers'])).toThrow(expect.objectContaining({ code: 'BENCH_USAGE' }));
    expect(() => parseBenchArgs(['--workers', 'x'])).toThrow(
      expect.objectContaining({ code: 'BENCH_USAGE' }),
    );
  });
});
