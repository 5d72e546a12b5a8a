/**
 * A sum spent on many purchases is no deal's price (deals, day thirty, ingest/relations/deal-money.ts
 * `SPENT_ON_DEALS_AFTER`): "X, which bought A in 2019, has spent more than 1.5 billion pounds on acquisitions" and
 * "a consacré 300 millions d'euros aux acquisitions" leave A's amount unknown. Near misses: a price told for the
 * deal itself ("for 40 million pounds", "pour 30 millions d'euros") stays. Sentences written for these tests.
 */
import { facts, run } from './helpers';

const amounts = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED').map((r) => `${r.target} ${r.amount ?? 'none'}`);

describe('a sum spent on acquisitions is no price', () => {
  it.each([
    [
      'Branscombe Foods, which bought Tavy Creamery in 2019, has spent more than 1.5 billion pounds on acquisitions over the past decade.',
      'Tavy Creamery none',
    ],
    [
      'Branscombe Foods bought Tavy Creamery in 2019 and has spent about $900 million on bolt-on deals since.',
      'Tavy Creamery none',
    ],
    [
      "Valmorel Industrie, qui a racheté Quaibrune en 2019, a consacré 300 millions d'euros aux acquisitions depuis dix ans.",
      'Quaibrune none',
    ],
    [
      "Valmorel Industrie a racheté Quaibrune en 2019 et a investi 200 millions d'euros en acquisitions depuis.",
      'Quaibrune none',
    ],
  ])('%s', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });
});

describe("near misses: the deal's own price", () => {
  it.each([
    ['Branscombe Foods bought Tavy Creamery for 40 million pounds in 2019.', 'Tavy Creamery 40000000'],
    ["Valmorel Industrie a racheté Quaibrune pour 30 millions d'euros en 2019.", 'Quaibrune 30000000'],
  ])('%s', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });
});
