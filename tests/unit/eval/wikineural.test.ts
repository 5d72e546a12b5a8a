import { detokenize } from '../../../eval/conll';
import { predictedOrgSpans, scoreSentenceSpans } from '../../../eval/wikineural';
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
