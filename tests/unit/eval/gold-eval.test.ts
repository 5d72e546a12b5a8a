import { guardExtractor } from '../../../eval/extractor';
import { evaluateGold } from '../../../eval/gold-eval';
import type { ArticleInput, ExtractedArticle } from '../../../ingest/types';
import { entity, extractedFor, goldArticle, relation } from './fixtures';

const ACQUISITION = { type: 'ACQUIRED', source: 'Webhelp', target: 'Zeugmo' } as const;

/** A stand-in extractor: right on the French article, finds only one entity and no relation on the English. */
function fakeExtract(input: ArticleInput): ExtractedArticle {
  const french = input.text.startsWith('fr');
  return extractedFor(
    input,
    french ? [entity('Webhelp'), entity('Zeugmo')] : [entity('Webhelp'), entity('Nobody Inc')],
    french ? [relation('ACQUIRED', 'Webhelp', 'Zeugmo')] : [],
  );
}

describe('evaluateGold', () => {
  const result = evaluateGold(
    [goldArticle('fr-1', 'fr text', ACQUISITION), goldArticle('en-1', 'en text', ACQUISITION)],
    fakeExtract,
  );

  it('scores each language apart and sums them overall', () => {
    expect(result.byLang.fr?.entities).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(result.byLang.en?.entities).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(result.overall.entities).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(result.overall.files).toBe(2);
    expect(result.byLang.en?.files).toBe(1);
  });

  it('reports relations per type, core and all', () => {
    expect(result.overall.relations.byType.ACQUIRED).toMatchObject({ tp: 1, fp: 0, fn: 1, recall: 0.5 });
    expect(result.overall.relations.core).toMatchObject({ tp: 1, fn: 1 });
    expect(result.overall.relations.all.precision).toBe(1);
  });

  it('lists each file errors', () => {
    const en = result.files.find((f) => f.lang === 'en');
    expect(en?.missedEntities).toEqual(['Organization Zeugmo']);
    expect(en?.spuriousEntities).toEqual(['Organization Nobody Inc']);
    expect(en?.missedRelations[0]).toMatch(/^ACQUIRED Webhelp -> Zeugmo/);
    expect(result.files.find((f) => f.lang === 'fr')?.missedRelations).toEqual([]);
  });
});

describe('guardExtractor', () => {
  it('scores an input the extractor throws on as empty and records it', () => {
    const { extract, failures } = guardExtractor((input) => {
      if (input.text === 'boom') throw new Error('bad input');
      return fakeExtract(input);
    });
    const result = evaluateGold(
      [goldArticle('fr-1', 'boom', ACQUISITION), goldArticle('fr-2', 'fr text', ACQUISITION)],
      extract,
    );
    expect(failures).toEqual([{ file: 'fr-1.json', message: 'bad input' }]);
    expect(result.overall.entities).toMatchObject({ tp: 2, fp: 0, fn: 2 });
  });
});
