import { measurement } from '../../../bench/report';
import { checkTargets } from '../../../bench/targets';

describe('checkTargets', () => {
  it('checks extraction speed with all cores and against compromise per worker', () => {
    const checks = checkTargets(
      [
        measurement('extraction.all.2w.words_per_s', 60_000, 'words/s', 10, {
          name: 'compromise.all.2w.words_per_s',
          value: 70_000,
        }),
        measurement('extraction.all.1w.words_per_s', 40_000, 'words/s', 10, {
          name: 'compromise.all.1w.words_per_s',
          value: 30_000,
        }),
        measurement('compromise.all.1w.words_per_s', 30_000, 'words/s', 10),
      ],
      2,
    );
    expect(checks).toEqual([
      { measurement: 'extraction.all.2w.words_per_s', target: '>= 50000 words/s', met: true },
      {
        measurement: 'extraction.all.2w.words_per_s',
        target: expect.stringContaining('ratio >= 1'),
        met: false,
      },
      {
        measurement: 'extraction.all.1w.words_per_s',
        target: expect.stringContaining('ratio >= 1'),
        met: true,
      },
    ]);
  });

  it('checks ingest ratio, GraphQL p50 ratio, growth flatness per word of the window and the path p99 at 100k', () => {
    const checks = checkTargets(
      [
        measurement('ingest.articles_per_s', 40, 'articles/s', 10, { name: 'raw', value: 100 }),
        measurement('growth.1000.search.graphql.p50', 2.5, 'ms', 1000, { name: 'c', value: 2 }),
        measurement('growth.1000.search.graphql.p99', 9, 'ms', 1000, { name: 'c', value: 2 }),
        measurement('growth.100000.ms_per_article', 3.5, 'ms/article', 10, { name: 'g', value: 5 }),
        measurement('growth.100000.window_us_per_word', 5.9, 'µs/word', 10, { name: 'w', value: 5 }),
        measurement('growth.10000.window_us_per_word', 6.1, 'µs/word', 10, { name: 'w', value: 5 }),
        measurement('growth.100000.path_4hop.graphql.p99', 49, 'ms', 1000, { name: 'c', value: 30 }),
      ],
      2,
    );
    expect(checks.map((c) => [c.measurement, c.met])).toEqual([
      ['ingest.articles_per_s', false],
      ['growth.1000.search.graphql.p50', true],
      ['growth.100000.window_us_per_word', true],
      ['growth.10000.window_us_per_word', false],
      ['growth.100000.path_4hop.graphql.p99', true],
    ]);
  });
});
