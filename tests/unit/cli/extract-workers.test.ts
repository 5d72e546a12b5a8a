import {
  DEFAULT_EXTRACT_WORKERS,
  EXTRACT_WORKERS_ENV,
  MAX_EXTRACT_WORKERS,
  resolveExtractWorkers,
} from '../../../cli/extract-workers';

describe('resolveExtractWorkers', () => {
  it('takes the flag over the environment, and the environment over the default', () => {
    expect(resolveExtractWorkers('3', { [EXTRACT_WORKERS_ENV]: '2' })).toBe(3);
    expect(resolveExtractWorkers(undefined, { [EXTRACT_WORKERS_ENV]: '2' })).toBe(2);
    expect(resolveExtractWorkers(undefined, {})).toBe(DEFAULT_EXTRACT_WORKERS);
    expect(resolveExtractWorkers(undefined, { [EXTRACT_WORKERS_ENV]: '' })).toBe(DEFAULT_EXTRACT_WORKERS);
  });

  it('accepts 0 (the main thread) and never defaults below one thread', () => {
    expect(resolveExtractWorkers('0', {})).toBe(0);
    expect(DEFAULT_EXTRACT_WORKERS).toBeGreaterThanOrEqual(1);
  });

  it('refuses what is not a whole number in range, naming where it came from', () => {
    for (const bad of ['-1', '1.5', 'two', ' ', String(MAX_EXTRACT_WORKERS + 1)]) {
      expect(() => resolveExtractWorkers(bad, {})).toThrow(
        expect.objectContaining({
          code: 'EXTRACT_WORKERS_USAGE',
          message: expect.stringContaining('--workers'),
        }),
      );
    }
    expect(() => resolveExtractWorkers(undefined, { [EXTRACT_WORKERS_ENV]: 'lots' })).toThrow(
      expect.objectContaining({ message: expect.stringContaining(EXTRACT_WORKERS_ENV) }),
    );
  });
});
