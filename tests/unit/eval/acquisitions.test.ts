import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evaluateAcquisitions, pickDealRelation, scoreSlot, templateOf } from '../../../eval/acquisitions';
import type { ExtractedArticle } from '../../../ingest/types';
import { entity, relation } from './fixtures';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const article = (relations: ExtractedArticle['relations']): ExtractedArticle => ({
  file: 'x',
  lang: 'en',
  title: null,
  published: null,
  entities: [],
  relations,
  events: [],
});

describe('scoreSlot', () => {
  it('counts a value equal to any accepted string as correct', () => {
    expect(scoreSlot(['beta inc'], ['Alpha Corp', 'Beta Inc'], same)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a wrong value as both spurious and missed', () => {
    expect(scoreSlot(['Gamma'], ['Alpha Corp'], same)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts a value where the key is empty as spurious only, and an empty slot as missed only', () => {
    expect(scoreSlot(['Gamma'], [], same)).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(scoreSlot([], ['Alpha Corp'], same)).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(scoreSlot([], [], same)).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('pickDealRelation and templateOf', () => {
  it('takes the most confident ACQUIRED relation whatever its status', () => {
    const best = relation('ACQUIRED', 'Alpha Corp', 'Widget Ltd', {
      confidence: 0.9,
      status: 'abandoned',
      seller: 'Parent Inc',
      amountText: '12 mln dlrs',
    });
    const picked = pickDealRelation(
      article([
        relation('ACQUIRED', 'Other', 'Thing', { confidence: 0.6 }),
        relation('FUNDED', 'Fund', 'Startup', { confidence: 0.99 }),
        best,
      ]),
    );
    expect(picked).toBe(best);
    expect(templateOf(picked)).toEqual({
      PURCHASER: 'Alpha Corp',
      ACQUIRED: 'Widget Ltd',
      SELLER: 'Parent Inc',
      DLRAMT: '12 mln dlrs',
    });
  });

  it('leaves every slot empty when there is no ACQUIRED relation', () => {
    const picked = pickDealRelation(article([relation('MERGED_WITH', 'A', 'B')]));
    expect(picked).toBeNull();
    expect(Object.values(templateOf(picked))).toEqual([null, null, null, null]);
  });
});

describe('evaluateAcquisitions', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-acq-'));
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.mkdirSync(path.join(dir, 'anskeys'));
    fs.writeFileSync(
      path.join(dir, 'docs', '7'),
      '\n\nAlpha Corp said it bought\nWidget Ltd for 12 mln dlrs.\n Reuter\n',
    );
    fs.writeFileSync(
      path.join(dir, 'anskeys', '7.key'),
      'TEXT: 7\nACQUIRED: "Widget Ltd"\nDLRAMT: "12 mln dlrs"\nPURCHASER: "ALPHA CORP" / "Alpha Corp."\nSELLER: "Parent Inc"\n',
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fills the template from the rejoined text and scores each slot exactly and folded', () => {
    const seen: string[] = [];
    const extract = (input: { text: string }): ExtractedArticle => {
      seen.push(input.text);
      return {
        ...article([relation('ACQUIRED', 'Alpha Corp', 'Widget Limited', { amountText: '12 mln  dlrs' })]),
        entities: [entity('Alpha Corp'), entity('Widget Limited', 'Organization', ['Widget'])],
      };
    };
    const r = evaluateAcquisitions(dir, extract, null);
    expect(seen).toEqual(['Alpha Corp said it bought Widget Ltd for 12 mln dlrs.']);
    expect(r.exact.PURCHASER).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.exact.ACQUIRED).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.lenient.ACQUIRED).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.exact.DLRAMT).toMatchObject({ tp: 1 });
    expect(r.exact.SELLER).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(r.errors.map((e) => e.slot)).toEqual(['ACQUIRED', 'SELLER']);
  });
});
