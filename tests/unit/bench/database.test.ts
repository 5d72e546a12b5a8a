import { openBenchDatabase } from '../../../bench/database';

describe('openBenchDatabase', () => {
  it('refuses a NEO4J_URI database without --allow-wipe, before connecting to it', async () => {
    const lines: string[] = [];
    await expect(
      openBenchDatabase({
        env: { NEO4J_URI: 'bolt://127.0.0.1:1' },
        allowWipe: false,
        log: (line) => lines.push(line),
      }),
    ).rejects.toMatchObject({ code: 'BENCH_WIPE_REFUSED' });
    expect(lines).toEqual([]);
  });
});
