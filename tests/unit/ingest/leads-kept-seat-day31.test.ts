/**
 * Real wire copy, day thirty-one: a speaker's bare title followed by a verb that keeps the person only on the board
 * ("Vance, chairman since 1985, will remain a board member", "P, président depuis 2015, restera administrateur")
 * is the post being left, so it gives no LEADS (frames/leads-speaker-title.ts). Sentences written for these tests.
 */
import { facts, run } from './helpers';

const PUBLISHED = '1987-03-26';
const leads = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'LEADS').map((r) => `${r.source} -> ${r.target}`);
const EN_LEAD =
  'NEW YORK, March 26 - The Dexter Grain Exchange said trading rose, according to Howard Vance.\n    ';
const FR_LEAD = 'Le groupe Kelvra a publié ses résultats, selon Pierre Morel. ';

describe('a title whose holder keeps only a board seat leads nothing', () => {
  it.each([
    `${EN_LEAD}Vance, chairman since 1985, will remain a board member.`,
    `${EN_LEAD}Vance, chairman since 1985, will stay on as a non-executive director.`,
    `${EN_LEAD}Vance, chairman since 1985, will remain a director of the exchange.`,
    `${FR_LEAD}Pierre Morel, président depuis 2015, restera administrateur.`,
  ])('%s', (text) => {
    expect(leads(text)).toEqual([]);
  });
});

describe('near misses: the title is kept', () => {
  it('will remain chairman', () => {
    expect(leads(`${EN_LEAD}Vance, chairman since 1985, will remain chairman.`)).toEqual([
      'Howard Vance -> Dexter Grain Exchange',
    ]);
  });

  it('pilote la croissance', () => {
    expect(leads(`${FR_LEAD}Pierre Morel, président depuis 2015, pilote la croissance.`)).toEqual([
      'Pierre Morel -> Kelvra',
    ]);
  });
});
