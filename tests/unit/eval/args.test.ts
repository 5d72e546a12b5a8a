import { parseEvalArgs, runs } from '../../../eval/args';

describe('parseEvalArgs', () => {
  it('runs everything by default', () => {
    const o = parseEvalArgs([]);
    expect(o).toMatchObject({ only: null, limit: null, verbose: false, updateBaseline: false });
    expect(runs(o, 'gold') && runs(o, 'acq') && runs(o, 'wikineural')).toBe(true);
  });

  it('reads --only, --limit (both spellings), --verbose and --update-baseline', () => {
    const o = parseEvalArgs(['--only', 'acq', '--limit=20', '--verbose', '--update-baseline']);
    expect(o).toMatchObject({ only: 'acq', limit: 20, verbose: true, updateBaseline: true });
    expect(runs(o, 'acq')).toBe(true);
    expect(runs(o, 'gold')).toBe(false);
  });

  it('rejects unknown flags, data sets and non-positive limits', () => {
    expect(() => parseEvalArgs(['--only', 'reuters'])).toThrow(/EVAL_BAD_ARGUMENT/);
    expect(() => parseEvalArgs(['--limit', '0'])).toThrow(/EVAL_BAD_ARGUMENT/);
    expect(() => parseEvalArgs(['--limit'])).toThrow(/EVAL_BAD_ARGUMENT/);
    expect(() => parseEvalArgs(['--fast'])).toThrow(/EVAL_BAD_ARGUMENT/);
  });
});
