import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEvalArgs, runs } from '../../../eval/args';
import { evaluateFire } from '../../../eval/fire-eval';
import type { GoldArticle } from '../../../eval/gold';
import { evaluateGold } from '../../../eval/gold-eval';
import { errorListing, reportSections } from '../../../eval/report';
import type { EvalResults } from '../../../eval/results';
import type { ArticleInput, ExtractedArticle, RelationType } from '../../../ingest/types';
import { entity, extractedFor, goldArticle, relation } from './fixtures';

/** A stand-in for FIRE's annotation: it has deals and leaders, never rivals. */
const TYPES: readonly RelationType[] = ['ACQUIRED', 'LEADS'];

/** Every sentence: the deal found, plus a rivalry and a FUNDED fact that a FIRE-like set cannot judge. */
function extract(input: ArticleInput): ExtractedArticle {
  return extractedFor(
    input,
    [entity('Orvane'), entity('Quillet')],
    [
      relation('ACQUIRED', 'Orvane', 'Quillet'),
      relation('COMPETES_WITH', 'Orvane', 'Quillet'),
      relation('FUNDED', 'Quillet', 'Orvane'),
    ],
  );
}

function sentences(): GoldArticle[] {
  const withRival = goldArticle('fire-1', 'en one', {
    type: 'ACQUIRED',
    source: 'Orvane',
    target: 'Quillet',
  });
  // A gold fact of a type the set is not scored on: it must not count as missed.
  withRival.relations.push({ type: 'FOUNDED', source: 'Orvane', target: 'Quillet', evidence: null });
  return [withRival, goldArticle('fire-2', 'en two', { type: 'LEADS', source: 'Orvane', target: 'Quillet' })];
}

function withFireFile(run: (file: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fire-eval-'));
  const file = path.join(dir, 'fire_dev.json');
  fs.writeFileSync(file, '[]');
  try {
    run(file);
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

describe('scoring on some relation types only', () => {
  it('ignores predictions and gold facts of the other types, and records which types counted', () => {
    const result = evaluateGold(sentences(), extract, { relationTypes: TYPES });
    expect(result.relationTypes).toEqual(TYPES);
    expect(result.overall.relations.byType.ACQUIRED).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(result.overall.relations.byType.LEADS).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    for (const t of ['COMPETES_WITH', 'FUNDED', 'FOUNDED'] as const) {
      expect(result.overall.relations.byType[t]).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    }
    expect(result.overall.relations.all).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(result.files[0].spuriousRelations).toEqual([]);
  });

  it('scores all six without the option, as before', () => {
    const result = evaluateGold(sentences(), extract);
    expect(result.relationTypes).toBeUndefined();
    expect(result.overall.relations.byType.COMPETES_WITH.fp).toBe(2);
    expect(result.overall.relations.byType.FOUNDED.fn).toBe(1);
  });
});

describe('evaluateFire', () => {
  it('loads the file through the given loader, keeps --limit sentences and scores the FIRE types only', () => {
    withFireFile((file) => {
      const loaded: string[] = [];
      const load = (f: string): GoldArticle[] => {
        loaded.push(f);
        return sentences();
      };
      const result = evaluateFire(file, load, TYPES, extract, 1);
      expect(loaded).toEqual([file]);
      expect(result.overall.files).toBe(1);
      expect(result.overall.relations.all).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    });
  });

  it('stops with EVAL_DATA_MISSING when the FIRE file is not there', () => {
    expect(() => evaluateFire('/nowhere/fire_dev.json', sentences, TYPES, extract, null)).toThrow(
      /^EVAL_DATA_MISSING: FIRE not found at \/nowhere\/fire_dev\.json/,
    );
  });

  it('runs by default and alone with --only fire', () => {
    expect(runs(parseEvalArgs([]), 'fire')).toBe(true);
    const only = parseEvalArgs(['--only', 'fire']);
    expect(runs(only, 'fire') && !runs(only, 'gold') && !runs(only, 'real')).toBe(true);
  });
});

describe('the FIRE section', () => {
  const fire = evaluateGold(sentences(), extract, { relationTypes: TYPES });
  const results: EvalResults = {
    generatedAt: 'now',
    run: { only: 'fire', limit: null },
    timing: { totalSeconds: 1 },
    fire,
  };
  const sections = reportSections(results);

  it('is one section keyed fire.overall, with rows for the scored types only and no targets', () => {
    expect(sections.map((s) => s.title)).toEqual([expect.stringMatching(/^FIRE articles — .*\(2 files, /)]);
    const rows = sections[0].rows;
    expect(rows.every((r) => r.path.startsWith('fire.overall.') && r.target === undefined)).toBe(true);
    const relationRows = rows.filter((r) => r.path.includes('.relations.')).map((r) => r.path);
    expect(relationRows).toEqual([
      'fire.overall.relations.all',
      'fire.overall.relations.byType.ACQUIRED',
      'fire.overall.relations.byType.LEADS',
    ]);
    expect(rows.find((r) => r.path === 'fire.overall.relations.all')?.label).toBe(
      'fire relations (2 types scored)',
    );
  });

  it('lists its misses with --verbose', () => {
    expect(errorListing(results)).toContain('== fire-2.json (en)');
    expect(errorListing(results)).toContain('missed relation: LEADS Orvane -> Quillet');
  });
});
