import { lastWindowMsPerArticle } from '../../../bench/growth-window';

describe('lastWindowMsPerArticle', () => {
  it('times the last window from the latest settle that still covers it', () => {
    // 200-article batches; the first batches are slow (a cold start), the steady cost is 1 ms/article.
    const settles = [
      { done: 200, atMs: 1000 },
      { done: 400, atMs: 1500 },
      { done: 600, atMs: 1700 },
      { done: 800, atMs: 1900 },
      { done: 1000, atMs: 2100 },
    ];
    expect(lastWindowMsPerArticle(settles, 400)).toEqual({ msPerArticle: 1, articles: 400, from: 600 });
    // A window wider than the step falls back to everything after the first settle, never the step start.
    expect(lastWindowMsPerArticle(settles, 5000)).toEqual({
      msPerArticle: 1100 / 800,
      articles: 800,
      from: 200,
    });
  });

  it('takes a window that does not fall on a batch edge from the settle just before it', () => {
    const settles = [
      { done: 200, atMs: 200 },
      { done: 400, atMs: 400 },
      { done: 600, atMs: 1000 },
    ];
    // 300 articles wanted: the settle at 200 leaves 400, the one at 400 only 200.
    expect(lastWindowMsPerArticle(settles, 300)).toEqual({ msPerArticle: 2, articles: 400, from: 200 });
  });

  it('has nothing to say about a step of one batch', () => {
    expect(lastWindowMsPerArticle([{ done: 150, atMs: 80 }], 100)).toBeNull();
    expect(lastWindowMsPerArticle([], 100)).toBeNull();
  });
});
