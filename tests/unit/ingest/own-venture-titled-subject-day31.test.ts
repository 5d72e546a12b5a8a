/**
 * Day thirty-one, founders and leaders: a person's own venture told as an apposition ("P now leads X, a maker he
 * started in 2022"; frames/founders-own-venture.ts) when the subject's title is qualified by a company ("Former
 * Cobalt chief executive P, who …, now leads X, a kombucha maker he started"): the company before the title only
 * qualifies it and is stepped over to find the subject. Sentences written for these tests.
 */
import { madePairs } from './helpers';

const PUBLISHED = '2026-11-30';

describe('a titled subject whose title names a company', () => {
  it.each([
    [
      'Former Brookvale chief executive Aaron Feld, who ran the bakery from 2015 to 2020, now leads Hollin Foods, a granola maker he started in 2021.',
      'Aaron Feld -> Hollin Foods',
    ],
    [
      "Ancienne directrice générale de Valmoré, Chloé Arnaud dirige aujourd'hui Biscotel, une biscuiterie qu'elle a créée en 2019.",
      'Chloé Arnaud -> Biscotel',
    ],
  ])('%s', (text, fact) => {
    expect(madePairs(text, PUBLISHED, 'FOUNDED')).toContain(fact);
  });

  it('the company qualifying the title is not founded by the subject', () => {
    expect(
      madePairs(
        'Former Brookvale chief executive Aaron Feld, who ran the bakery from 2015 to 2020, now leads Hollin Foods, a granola maker he started in 2021.',
        PUBLISHED,
        'FOUNDED',
      ),
    ).not.toContain('Aaron Feld -> Brookvale');
  });
});

describe('near misses', () => {
  it('a company subject before the person keeps the apposition away from the person', () => {
    expect(
      madePairs(
        'Brookvale hired Aaron Feld last year to run Hollin Foods, a granola maker it started in 2021.',
        PUBLISHED,
        'FOUNDED',
      ),
    ).not.toContain('Aaron Feld -> Hollin Foods');
  });
});
