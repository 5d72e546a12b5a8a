import { withoutStackCapture } from '../../../graph/read/result-stack';

describe('withoutStackCapture', () => {
  const original = Error.stackTraceLimit;
  afterEach(() => {
    Error.stackTraceLimit = original;
  });

  it('captures no stack frames while the read starts', async () => {
    let stack: string | undefined;
    await withoutStackCapture(() => {
      stack = new Error('').stack;
      return Promise.resolve(1);
    });
    // Only the message line: no `at …` frame was captured.
    expect(stack?.split('\n')).toHaveLength(1);
    expect(stack).not.toContain(' at ');
  });

  it('restores the limit before the promise settles, so later errors keep their stacks', async () => {
    Error.stackTraceLimit = 7;
    let later: string | undefined;
    const pending = withoutStackCapture(async () => {
      await Promise.resolve();
      later = new Error('late').stack;
      return 'done';
    });
    expect(Error.stackTraceLimit).toBe(7);
    await expect(pending).resolves.toBe('done');
    expect(later?.split('\n').length).toBeGreaterThan(1);
  });

  it('restores the limit when starting throws, and passes the throw on', () => {
    Error.stackTraceLimit = 9;
    expect(() =>
      withoutStackCapture(() => {
        throw new TypeError('bad start');
      }),
    ).toThrow('bad start');
    expect(Error.stackTraceLimit).toBe(9);
  });

  it('passes a rejection on unchanged', async () => {
    const error = new Error('query failed');
    await expect(withoutStackCapture(() => Promise.reject(error))).rejects.toBe(error);
  });
});
