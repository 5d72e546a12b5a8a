import { warmupArticles } from '../../../bench/extraction-warmup';
import { countWords } from '../../../bench/reuters';
import type { ArticleInput } from '../../../ingest/types';

function story(i: number): ArticleInput {
  return {
    file: `story-${i}`,
    text: `Harwell Foods Inc said it agreed to buy Tanager Mills Corp for ${i} mln dlrs in cash. The deal is subject to approval by Tanager Mills shareholders.`,
  };
}

describe('extraction warm-up stories', () => {
  const corpus = Array.from({ length: 40 }, (_, i) => story(i));

  it('reaches the asked number of words and stops soon after', () => {
    const warm = warmupArticles(corpus, 500);
    const words = warm.reduce((sum, a) => sum + countWords(a.text), 0);
    expect(words).toBeGreaterThanOrEqual(500);
    expect(words - countWords(warm[warm.length - 1].text)).toBeLessThan(500);
  });

  it('never hands a worker a text of the timed corpus', () => {
    const timed = new Set(corpus.map((a) => a.text));
    const warm = warmupArticles(corpus, 2000);
    expect(warm.length).toBeGreaterThan(corpus.length);
    expect(warm.filter((a) => timed.has(a.text))).toEqual([]);
  });

  it('gives nothing for a zero budget or an empty corpus', () => {
    expect(warmupArticles(corpus, 0)).toEqual([]);
    expect(warmupArticles([], 1000)).toEqual([]);
  });
});
