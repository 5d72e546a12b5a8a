import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEvalArgs, runs } from '../../../eval/args';
import { evaluateGold } from '../../../eval/gold-eval';
import { assertNoLeak, evaluateHoldout, leakedIds, loadHoldoutSet } from '../../../eval/holdout';
import { errorListing, reportSections } from '../../../eval/report';
import type { EvalResults } from '../../../eval/results';
import { f1At, withoutErrorLists } from '../../../eval/results';
import type { ArticleInput, ExtractedArticle } from '../../../ingest/types';
import { entity, extractedFor, goldArticle, relation } from './fixtures';

const FUNDING = { type: 'FUNDED', source: 'Orvane', target: 'Quillet' } as const;
const article = (id: string, text: string) => goldArticle(id, text, FUNDING);

/** Finds both organisations everywhere, and the relation only in French texts. */
function extract(input: ArticleInput): ExtractedArticle {
  const french = input.text.startsWith('fr');
  return extractedFor(
    input,
    [entity('Orvane'), entity('Quillet')],
    french ? [relation('FUNDED', 'Orvane', 'Quillet')] : [],
  );
}

describe('eval arguments for the blind set', () => {
  it('scores the blind set by default, alone with --only holdout, and hides its errors unless --show-holdout', () => {
    const plain = parseEvalArgs(['--verbose']);
    expect(runs(plain, 'holdout')).toBe(true);
    expect(plain.showHoldout).toBe(false);
    const only = parseEvalArgs(['--only', 'holdout', '--show-holdout']);
    expect(runs(only, 'holdout') && !runs(only, 'gold')).toBe(true);
    expect(only.showHoldout).toBe(true);
    expect(runs(parseEvalArgs(['--only', 'gold']), 'holdout')).toBe(false);
  });
});

describe('loadHoldoutSet', () => {
  it('reads every JSON file of the folder in name order, and nothing from a missing folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'holdout-'));
    const write = (id: string): void =>
      fs.writeFileSync(
        path.join(dir, `${id}.json`),
        JSON.stringify({ id, lang: id.slice(0, 2), text: `${id} text`, entities: [], relations: [] }),
      );
    write('fr-402');
    write('en-401');
    fs.writeFileSync(path.join(dir, 'README.md'), 'not an article');
    expect(loadHoldoutSet(dir).map((a) => a.id)).toEqual(['en-401', 'fr-402']);
    expect(loadHoldoutSet(path.join(dir, 'absent'))).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('leak check', () => {
  const blind = [article('en-401', 'en one'), article('fr-401', 'fr one')];

  it('finds a blind article in the tuning set by id or by text, and accepts disjoint sets', () => {
    expect(leakedIds(blind, [article('en-401', 'other text')])).toEqual(['en-401']);
    expect(leakedIds(blind, [article('fr-999', 'fr one')])).toEqual(['fr-401']);
    expect(leakedIds(blind, [article('en-301', 'something else')])).toEqual([]);
  });

  it('refuses to score a leaked blind set with a stable code', () => {
    expect(() => assertNoLeak(blind, [article('fr-401', 'x')])).toThrow(/EVAL_HOLDOUT_LEAK.*fr-401/);
    expect(() => assertNoLeak(blind, [])).not.toThrow();
  });
});

describe('evaluateHoldout and its report', () => {
  const blind = [article('fr-401', 'fr text'), article('en-401', 'en text')];
  const hidden = evaluateHoldout(blind, extract, false);
  const shown = evaluateHoldout(blind, extract, true);
  const gold = evaluateGold([article('fr-301', 'fr gold')], extract);
  const results = (holdout = hidden): EvalResults => ({
    generatedAt: 'now',
    run: { only: null, limit: null },
    timing: { totalSeconds: 1 },
    gold,
    holdout,
  });

  it('scores like the gold set but drops the per-file errors unless asked', () => {
    expect(hidden.overall).toEqual(evaluateGold(blind, extract).overall);
    expect(hidden.overall.relations.byType.FUNDED).toMatchObject({ tp: 1, fn: 1 });
    expect(hidden.files).toEqual([]);
    expect(shown.files.map((f) => f.file)).toEqual(['fr-401.json', 'en-401.json']);
  });

  it('prints the blind set in its own sections, after the others, without touching the gold rows', () => {
    const sections = reportSections(results());
    const titles = sections.map((s) => s.title);
    expect(titles[titles.length - 3]).toMatch(/^Holdout articles/);
    expect(titles.slice(-2)).toEqual(['Holdout fr (1 files)', 'Holdout en (1 files)']);
    const holdoutRows = sections.filter((s) => s.title.startsWith('Holdout')).flatMap((s) => s.rows);
    expect(holdoutRows.every((r) => r.path.startsWith('holdout.') && r.label.startsWith('holdout'))).toBe(
      true,
    );
    const goldCore = sections[0].rows.find((r) => r.path === 'gold.overall.relations.core');
    expect(goldCore?.scores).toMatchObject({ tp: 1, fn: 0 });
  });

  it('lists the blind set errors only with --show-holdout', () => {
    expect(errorListing(results(shown))).not.toContain('en-401.json');
    expect(errorListing(results(shown), true)).toContain('== en-401.json (en)');
    expect(errorListing(results(shown), true)).toContain('missed relation: FUNDED Orvane -> Quillet');
  });

  it('prints a second blind set after the first, labelled and keyed apart, and lists its errors only when asked', () => {
    const second = evaluateHoldout([article('en-701', 'en text')], extract, true);
    const sections = reportSections({ ...results(), holdout2: second });
    const titles = sections.map((s) => s.title);
    expect(titles.indexOf('Holdout fr (1 files)')).toBeLessThan(titles.indexOf('Holdout-2 en (1 files)'));
    const rows = sections.filter((s) => s.title.startsWith('Holdout-2')).flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.path.startsWith('holdout2.') && r.label.startsWith('holdout-2'))).toBe(true);
    expect(errorListing({ ...results(), holdout2: second })).not.toContain('en-701.json');
    expect(errorListing({ ...results(), holdout2: second }, true)).toContain('== en-701.json (en)');
  });

  it('prints the blind real-text set in sections of its own, keyed holdoutReal, errors only when asked', () => {
    const blindReal = evaluateHoldout([article('en-901', 'en wire text')], extract, true);
    const sections = reportSections({ ...results(), holdoutReal: blindReal });
    const rows = sections.filter((s) => s.title.startsWith('Holdout-real')).flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.path.startsWith('holdoutReal.') && r.label.startsWith('holdout-real'))).toBe(
      true,
    );
    expect(errorListing({ ...results(), holdoutReal: blindReal })).not.toContain('en-901.json');
    expect(errorListing({ ...results(), holdoutReal: blindReal }, true)).toContain('== en-901.json (en)');
  });

  it('keeps the blind numbers in the baseline copy under holdout.*', () => {
    const slim = withoutErrorLists(results(shown));
    expect(slim.holdout?.files).toBeUndefined();
    expect(f1At(slim, 'holdout.byLang.en.relations.all')).toBe(0);
    expect(f1At(slim, 'holdout.byLang.fr.relations.all')).toBe(1);
  });
});
