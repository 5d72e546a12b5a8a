/**
 * Day twenty, a person buying shares of a company (frames/funded-person-stake.ts): the stake rules took only an
 * organisation as buyer, so an individual investor's purchase ("P told the SEC he has acquired N shares of Y, or
 * 8.7 pct", "P said he raised his stake in Y", "P a porté sa participation dans Y") was lost. Variants in both
 * languages and near-misses. Sentences written for these tests.
 */
import { madePairs } from './helpers';

const funded = (text: string) => madePairs(text, '1987-03-13', 'FUNDED');

describe('a person buying a minority stake funds the company', () => {
  it.each([
    [
      'WASHINGTON, March 13 - Texas rancher Walter Brennan told the Securities and Exchange Commission he has acquired 212,000 shares of Halvorsen Drilling Inc, or 6.4 pct of the total outstanding common stock.',
      'Walter Brennan -> Halvorsen Drilling Inc',
    ],
    [
      'WASHINGTON, March 13 - Margaret Olsen, a Denver investor, told the Securities and Exchange Commission she has acquired 95,000 shares of Corvel Instruments Corp, or 5.2 pct.',
      'Margaret Olsen -> Corvel Instruments Corp',
    ],
    [
      'WASHINGTON, March 13 - Investor Walter Brennan said he raised his stake in Halvorsen Drilling Inc to 412,000 shares, or 7.1 pct of the total outstanding common stock.',
      'Walter Brennan -> Halvorsen Drilling Inc',
    ],
    [
      'Swedish entrepreneur Johan Lindqvist bought a minority stake in Sparvik Systems AB in 2021, according to filings.',
      'Johan Lindqvist -> Sparvik Systems AB',
    ],
    [
      "L'investisseur lyonnais Jean-Marc Berthier a pris une participation de 8 % dans Optifroid SA, selon un avis de l'AMF.",
      'Jean-Marc Berthier -> Optifroid SA',
    ],
    [
      "L'homme d'affaires Jean-Marc Berthier a porté sa participation dans Optifroid SA à 12 % du capital.",
      'Jean-Marc Berthier -> Optifroid SA',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(funded(text)).toContain(expected);
  });

  it('gives the stake the sentence tells', () => {
    const text =
      'WASHINGTON, March 13 - Texas rancher Walter Brennan told the Securities and Exchange Commission he has acquired 212,000 shares of Halvorsen Drilling Inc, or 6.4 pct of the total outstanding common stock.';
    expect(funded(text)).toEqual(['Walter Brennan -> Halvorsen Drilling Inc']);
  });
});

describe('near-misses: no purchase by that person', () => {
  it('leaves a person who only approached about a syndicate buying', () => {
    const text =
      'NEW YORK, March 2 - Halvorsen Drilling Inc has not been approached by former Corvel Instruments Corp chairman Walter Brennan about the possibility of a syndicate buying a 35 pct stake in Halvorsen Drilling Inc on a friendly basis, a company spokesman said.';
    expect(funded(text)).not.toContain('Walter Brennan -> Halvorsen Drilling Inc');
  });

  it('leaves a sale of shares', () => {
    const text = 'Investor Walter Brennan said he sold 212,000 shares of Halvorsen Drilling Inc last week.';
    expect(funded(text)).not.toContain('Walter Brennan -> Halvorsen Drilling Inc');
  });

  it('leaves a purchase of control (a majority is no minority stake)', () => {
    const text = 'Investor Walter Brennan bought a 62 pct stake in Halvorsen Drilling Inc last week.';
    expect(funded(text)).not.toContain('Walter Brennan -> Halvorsen Drilling Inc');
  });

  it('leaves "the company" unread: in a market report it points at whichever company was quoted last', () => {
    const text =
      'LONDON, April 7 - Shares of Halvorsen Drilling Inc rose 4p. Dealers noted press reports that investor Walter Brennan had increased his stake in the company yesterday.';
    expect(funded(text)).toEqual([]);
  });

  it('leaves a French sale of shares', () => {
    const text = "L'homme d'affaires Jean-Marc Berthier a cédé sa participation dans Optifroid SA.";
    expect(funded(text)).not.toContain('Jean-Marc Berthier -> Optifroid SA');
  });
});
