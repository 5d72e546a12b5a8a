import { parseBenchArgs } from '../../../bench/args';

describe('parseBenchArgs --no-queries', () => {
  it('turns the per-size queries of growth off only when asked', () => {
    expect(parseBenchArgs(['--only', 'growth', '--no-queries']).noQueries).toBe(true);
    expect(parseBenchArgs(['--only', 'growth']).noQueries ?? false).toBe(false);
  });
});
