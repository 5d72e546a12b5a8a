import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEvalArgs, runs } from '../../../eval/args';
import { evaluateGold } from '../../../eval/gold-eval';
import { assertNoLeak } from '../../../eval/holdout';
import { loadRealGoldSet } from '../../../eval/real-gold';
import { errorListing, reportSections } from '../../../eval/report';
import type { EvalResults } from '../../../eval/results';
import { f1At, withoutErrorLists } from '../../../eval/results';
import type { ArticleInput, ExtractedArticle } from '../../../ingest/types';
import { entity, extractedFor, goldArticle, relation } from './fixtures';

const DEAL = { type: 'ACQUIRED', source: 'Orvane', target: 'Quillet' } as const;

/** Finds both organisations everywhere, and the deal only in English texts. */
function extract(input: ArticleInput): ExtractedArticle {
  const english = input.text.startsWith('en');
  return extractedFor(
    input,
    [entity('Orvane'), entity('Quillet')],
    english ? [relation('ACQUIRED', 'Orvane', 'Quillet')] : [],
  );
}

describe('--only real', () => {
  it('runs the real-text gold by default and alone with --only real, never with --only gold', () => {
    expect(runs(parseEvalArgs([]), 'real')).toBe(true);
    const only = parseEvalArgs(['--only', 'real']);
    expect(runs(only, 'real') && !runs(only, 'gold') && !runs(only, 'holdout')).toBe(true);
    expect(runs(parseEvalArgs(['--only', 'gold']), 'real')).toBe(false);
  });
});

describe('loadRealGoldSet', () => {
  it('reads the English then the French folder, each in name order, and nothing from a missing folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'real-gold-'));
    const write = (dir: string, id: string): void => {
      fs.mkdirSync(path.join(root, dir), { recursive: true });
      fs.writeFileSync(
        path.join(root, dir, `${id}.json`),
        JSON.stringify({ id, lang: id.slice(0, 2), text: `${id} text`, entities: [], relations: [] }),
      );
    };
    write('en', 'en-802');
    write('en', 'en-801');
    write('fr', 'fr-801');
    fs.writeFileSync(path.join(root, 'en', 'README.md'), 'not an article');
    const dirs = ['en', 'fr', 'absent'].map((d) => path.join(root, d));
    expect(loadRealGoldSet(dirs).map((a) => a.id)).toEqual(['en-801', 'en-802', 'fr-801']);
    expect(loadRealGoldSet([path.join(root, 'absent')])).toEqual([]);
    fs.rmSync(root, { recursive: true });
  });
});

describe('real-text leak check', () => {
  it('stops on a real article whose text is already a gold or blind article, naming the set', () => {
    const real = [goldArticle('en-801', 'en wire text', DEAL)];
    expect(() => assertNoLeak(real, [goldArticle('en-301', 'en wire text', DEAL)], 'real-text gold')).toThrow(
      /^EVAL_HOLDOUT_LEAK: real-text gold article\(s\) en-801 /,
    );
    expect(() => assertNoLeak(real, [goldArticle('en-301', 'other', DEAL)], 'real-text gold')).not.toThrow();
  });
});

describe('the real-text sections', () => {
  const real = evaluateGold(
    [goldArticle('en-801', 'en story', DEAL), goldArticle('fr-801', 'fr window', DEAL)],
    extract,
  );
  const gold = evaluateGold([goldArticle('fr-301', 'fr gold', DEAL)], extract);
  const results: EvalResults = {
    generatedAt: 'now',
    run: { only: null, limit: null },
    timing: { totalSeconds: 1 },
    gold,
    real,
  };
  const sections = reportSections(results);
  const realSections = sections.filter((s) => s.title.startsWith('Real'));
  const rows = realSections.flatMap((s) => s.rows);

  it('prints an overall section and one per language, apart from the gold rows', () => {
    expect(realSections.map((s) => s.title)).toEqual([
      expect.stringMatching(/^Real articles — .*\(2 files, /),
      'Real fr (1 files)',
      'Real en (1 files)',
    ]);
    expect(rows.every((r) => r.path.startsWith('real.'))).toBe(true);
    expect(rows.find((r) => r.path === 'real.byLang.en.relations.core')?.label).toBe(
      'real-en relations core (ACQ+FUND+COMP)',
    );
    expect(rows.find((r) => r.path === 'real.byLang.fr.relations.core')?.scores).toMatchObject({
      tp: 0,
      fn: 1,
    });
    const goldCore = sections[0].rows.find((r) => r.path === 'gold.overall.relations.core');
    expect(goldCore?.scores).toMatchObject({ tp: 0, fn: 1 });
  });

  it('keeps the gold targets on the real-text rows: they stand for the held-out real articles', () => {
    expect(rows.find((r) => r.path === 'real.overall.relations.core')?.target).toEqual({
      f1: 0.8,
      precision: 0.9,
    });
  });

  it('lists its errors with --verbose without --show-holdout, as an open dev set', () => {
    expect(errorListing(results)).toContain('== fr-801.json (fr)');
    expect(errorListing(results)).toContain('missed relation: ACQUIRED Orvane -> Quillet');
  });

  it('keeps its numbers in the baseline copy under real.*', () => {
    const slim = withoutErrorLists(results);
    expect(slim.real?.files).toBeUndefined();
    expect(f1At(slim, 'real.byLang.en.relations.all')).toBe(1);
    expect(f1At(slim, 'real.byLang.fr.relations.all')).toBe(0);
    expect(f1At(slim, 'real.overall.relations.all')).toBeCloseTo(2 / 3);
  });
});
