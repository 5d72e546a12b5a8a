import { f1At, withoutErrorLists } from '../../../eval/results';
import type { EvalResults } from '../../../eval/results';
import { regressions, renderTable } from '../../../eval/table';
import { scoresOf } from '../../../eval/prf';

describe('results helpers', () => {
  const results = {
    generatedAt: 'now',
    run: { only: null, limit: null },
    timing: { totalSeconds: 1 },
    wikineural: { org: scoresOf({ tp: 1, fp: 1, fn: 0 }), errors: [{ sentence: 1 }] },
  } as unknown as EvalResults;

  it('finds an F1 by dotted path', () => {
    expect(f1At(results, 'wikineural.org')).toBeCloseTo(2 / 3);
    expect(f1At(results, 'wikineural.none')).toBeUndefined();
    expect(f1At(results, 'gold.overall.entities')).toBeUndefined();
  });

  it('drops error listings from the baseline copy but keeps the numbers', () => {
    const slim = withoutErrorLists(results) as unknown as { wikineural: Record<string, unknown> };
    expect(slim.wikineural.errors).toBeUndefined();
    expect(f1At(slim, 'wikineural.org')).toBeCloseTo(2 / 3);
  });
});

describe('renderTable', () => {
  const row = (path: string, tp: number, target?: { f1: number; precision?: number }) => ({
    label: path,
    path,
    scores: scoresOf({ tp, fp: 10 - tp, fn: 10 - tp }),
    target,
  });

  it('marks targets met or missed and shows the change from the baseline', () => {
    const text = renderTable(
      [
        {
          title: 'Section',
          rows: [row('a', 9, { f1: 0.8 }), row('b', 5, { f1: 0.4, precision: 0.9 }), row('c', 5)],
        },
      ],
      (p) => ({ a: 0.8, b: 0.5 })[p],
    );
    const line = (label: string): string => text.split('\n').find((l) => l.trim().startsWith(label)) ?? '';
    expect(line('a')).toMatch(/yes/);
    expect(line('a')).toMatch(/\+0\.100/);
    expect(line('b')).toMatch(/NO/);
    expect(line('b')).toMatch(/\s=\s/);
    expect(line('c')).not.toMatch(/yes|NO/);
    expect(text).toContain('Section');
  });
});

describe('regressions', () => {
  it('lists rows whose F1 fell, worst first, and ignores rises and rows without a baseline', () => {
    const rows = [0.5, 0.6, 0.7, 0.8].map((f1, i) => ({
      label: `r${i}`,
      path: `r${i}`,
      scores: { ...scoresOf({ tp: 0, fp: 0, fn: 0 }), f1 },
    }));
    const before: Record<string, number> = { r0: 0.6, r1: 0.9, r2: 0.6 };
    expect(regressions([{ title: 't', rows }], (p) => before[p])).toEqual([
      { label: 'r1', delta: expect.closeTo(-0.3) },
      { label: 'r0', delta: expect.closeTo(-0.1) },
    ]);
  });
});
