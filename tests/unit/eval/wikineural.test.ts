import { detokenize } from '../../../eval/conll';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  countBoundaryErrors,
  evaluateWikineural,
  predictedOrgSpans,
  scoreSentenceSpans,
} from '../../../eval/wikineural';
import type { ExtractedArticle, ExtractedEntity } from '../../../ingest/types';
import { entity } from './fixtures';

/** An entity mentioned at every occurrence of `surface` in `text`. */
function mentioned(
  text: string,
  surface: string,
  type: ExtractedEntity['type'] = 'Organization',
): ExtractedEntity {
  const e = entity(surface, type);
  for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
    e.mentions.push({ start: at, end: at + surface.length, text: surface });
  }
  return e;
}

const article = (entities: ExtractedEntity[]): ExtractedArticle => ({
  file: 'x',
  lang: 'fr',
  title: null,
  published: null,
  entities,
  relations: [],
  events: [],
});

describe('predictedOrgSpans', () => {
  const batch = [
    detokenize(['Nintendo', 'sort', 'une', 'console', '.']),
    detokenize(['La', 'Banque', 'de', 'France', 'prête']),
  ];
  const joined = batch.map((b) => b.text).join('\n');

  it('maps mentions of a batch back to token spans of their own sentence', () => {
    const { spans, unaligned } = predictedOrgSpans(
      article([
        mentioned(joined, 'Nintendo'),
        mentioned(joined, 'Banque de France'),
        mentioned(joined, 'La', 'Person'),
      ]),
      batch,
    );
    expect(unaligned).toBe(0);
    expect([...spans[0].values()]).toEqual([{ start: 0, end: 1 }]);
    expect([...spans[1].values()]).toEqual([{ start: 1, end: 4 }]);
  });

  it('counts mentions that cut a token as unaligned', () => {
    const { spans, unaligned } = predictedOrgSpans(article([mentioned(joined, 'anque de France')]), batch);
    expect(unaligned).toBe(1);
    expect(spans[1].size).toBe(0);
  });
});

describe('scoreSentenceSpans', () => {
  it('requires exact token boundaries', () => {
    const predicted = new Map([
      ['1:4', { start: 1, end: 4 }],
      ['0:1', { start: 0, end: 1 }],
    ]);
    expect(
      scoreSentenceSpans(
        [
          { start: 1, end: 4 },
          { start: 6, end: 7 },
        ],
        predicted,
      ),
    ).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(scoreSentenceSpans([{ start: 0, end: 2 }], new Map([['0:1', { start: 0, end: 1 }]]))).toEqual({
      tp: 0,
      fp: 1,
      fn: 1,
    });
  });
});

describe('countBoundaryErrors', () => {
  it('counts wrong spans that overlap a gold span, not unrelated ones nor exact matches', () => {
    const gold = [
      { start: 2, end: 5 },
      { start: 8, end: 9 },
    ];
    const predicted = new Map(
      [
        { start: 2, end: 5 },
        { start: 3, end: 4 },
        { start: 7, end: 9 },
        { start: 5, end: 7 },
      ].map((s) => [`${s.start}:${s.end}`, s] as const),
    );
    expect(countBoundaryErrors(gold, predicted)).toBe(2);
  });
});

describe('evaluateWikineural', () => {
  const conll = [
    ['Nintendo', 'B-ORG'],
    ['rachète', 'O'],
    ['Paris', 'B-LOC'],
    ['et', 'O'],
    ['la', 'O'],
    ['Banque', 'B-ORG'],
    ['de', 'I-ORG'],
    ['France', 'I-ORG'],
  ]
    .map(([token, tag], i) => `${i}\t${token}\t${tag}`)
    .join('\n');
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-wikineural-'));
    fs.writeFileSync(path.join(dir, 'val.conllu'), `${conll}\n\n${conll}\n`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('scores ORG mentions from the rebuilt text and classifies the errors', () => {
    // Right on Nintendo, a place taken for an organisation, a short boundary on the bank.
    const extract = (input: { text: string }): ExtractedArticle =>
      article([
        mentioned(input.text, 'Nintendo'),
        mentioned(input.text, 'Paris'),
        mentioned(input.text, 'Banque'),
      ]);
    const r = evaluateWikineural(path.join(dir, 'val.conllu'), extract, null, 2);
    expect(r.sentences).toBe(2);
    expect(r.goldOrgSpans).toBe(4);
    expect(r.org).toMatchObject({ tp: 2, fp: 4, fn: 2 });
    expect(r.boundaryErrors).toBe(2);
    expect(r.spuriousByOtherLabel).toEqual({ PER: 0, LOC: 2, MISC: 0 });
    expect(r.errors[0]).toMatchObject({
      missed: ['Banque de France'],
      spurious: expect.arrayContaining(['Paris', 'Banque']),
    });
  });

  it('takes only the first sentences with a limit', () => {
    const r = evaluateWikineural(path.join(dir, 'val.conllu'), () => article([]), 1);
    expect(r.sentences).toBe(1);
    expect(r.org).toMatchObject({ tp: 0, fp: 0, fn: 2 });
  });
});
