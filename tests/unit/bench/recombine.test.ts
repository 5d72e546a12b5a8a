import type { ArticleInput } from '../../../ingest/types';
import {
  findCompanyCores,
  recombineArticles,
  seededRandom,
  swapNames,
  syntheticName,
} from '../../../bench/recombine';

const sources: ArticleInput[] = [
  {
    file: 'a',
    title: 'QUUXCO TO ACQUIRE ZORBLAT',
    text: 'QUUXCO TO ACQUIRE ZORBLAT\n\nQuuxco Corp said it will buy Zorblat Industries. Quuxco said the price was fair.',
    published: '1987-03-01',
  },
  {
    file: 'b',
    title: null,
    text: 'Privately held <Morvane Capital Partners> sold its stake in Fennick Holdings Ltd.',
    published: null,
  },
  { file: 'c', title: null, text: 'Wheat prices rose on Monday.', published: null },
];

describe('findCompanyCores', () => {
  it('finds names ending in a legal form and bracketed private names, without leading function words', () => {
    expect(findCompanyCores(sources[0].text)).toEqual(['Quuxco', 'Zorblat']);
    expect(findCompanyCores(sources[1].text)).toEqual(['Morvane Capital Partners', 'Fennick']);
    expect(findCompanyCores('The Grelm Corp said so.')).toEqual(['Grelm']);
    expect(findCompanyCores(sources[2].text)).toEqual([]);
  });
});

describe('swapNames', () => {
  it('replaces whole-word mentions and the all-caps headline form', () => {
    const out = swapNames(
      sources[0].text,
      new Map([
        ['Quuxco', 'Venlor'],
        ['Zorblat', 'Kamo'],
      ]),
    );
    expect(out).toContain('VENLOR TO ACQUIRE KAMO');
    expect(out).toContain('Venlor Corp said it will buy Kamo Industries. Venlor said');
    expect(out).not.toMatch(/quuxco|zorblat/i);
  });
});

describe('seededRandom and syntheticName', () => {
  it('repeats the same sequence for a seed and differs across seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('gives distinct capitalised names to distinct indexes', () => {
    const names = Array.from({ length: 5000 }, (_, i) => syntheticName(i));
    expect(new Set(names).size).toBe(5000);
    for (const name of names.slice(0, 50)) expect(name).toMatch(/^[A-Z][a-z]+$/);
  });
});

describe('recombineArticles', () => {
  it('is deterministic for a seed', () => {
    const one = recombineArticles(sources, 20, { seed: 1 });
    const two = recombineArticles(sources, 20, { seed: 1 });
    expect(two).toEqual(one);
    expect(recombineArticles(sources, 20, { seed: 2 }).map((a) => a.text)).not.toEqual(
      one.map((a) => a.text),
    );
  });

  it('produces distinct texts, new names and only from sources that name a company', () => {
    const out = recombineArticles(sources, 200, { seed: 3 });
    const texts = new Set([...out.map((a) => a.text), ...sources.map((s) => s.text)]);
    expect(texts.size).toBe(200 + sources.length);
    for (const article of out) {
      expect(article.text).not.toMatch(/Quuxco|Zorblat|Fennick|Wheat/);
      expect(article.file).toMatch(/^[ab]~r\d+$/);
    }
    const acquirers = new Set(
      out.filter((a) => a.file.startsWith('a')).map((a) => findCompanyCores(a.text)[0]),
    );
    expect(acquirers.size).toBeGreaterThan(50);
  });

  it('reuses names when the pool is small, so entities recur across articles', () => {
    const out = recombineArticles(sources, 30, { seed: 4, namePoolSize: 10 });
    const names = out.flatMap((a) => findCompanyCores(a.text));
    expect(new Set(names).size).toBeLessThanOrEqual(10);
  });

  it('fails with a stable code when distinct texts cannot be made', () => {
    expect(() => recombineArticles([sources[2]], 1)).toThrow(
      expect.objectContaining({ code: 'BENCH_RECOMBINE_EXHAUSTED' }),
    );
    expect(() => recombineArticles([sources[1]], 5, { namePoolSize: 1 })).toThrow(
      expect.objectContaining({ code: 'BENCH_RECOMBINE_EXHAUSTED' }),
    );
  });
});

describe('swapNames short forms', () => {
  it('also replaces the two-word short form of a longer name', () => {
    const out = swapNames(
      'Alder Brook Systems Inc said. Later Alder Brook said.',
      new Map([['Alder Brook Systems', 'Zanqui']]),
    );
    expect(out).toBe('Zanqui Inc said. Later Zanqui said.');
  });
});
