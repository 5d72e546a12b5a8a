/**
 * Real wire copy, day seventeen: a ticker after a possessor ("CRA Ltd's <CRAA.S> Forrest Gold unit") is stepped
 * over (wire-ticker.ts), so the named unit changes hands and its owner sells it, as without the ticker. Sentences
 * written for these tests in the Reuters style (real-gold-en en-851 shows the shape).
 */
import { facts, madePairs, run } from './helpers';

const PUBLISHED = '1987-04-08';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe("a ticker between the possessor's 's and its unit", () => {
  it.each([
    "SYDNEY, April 8 - Whim Creek Consolidated NL said it will buy CRA Ltd's <CRAA.S> Forrest Gold Pty Ltd unit.",
    "SYDNEY, April 8 - Whim Creek Consolidated NL said it will pay 76 mln dlrs for the acquisition of CRA Ltd's <CRAA.S> <Forrest Gold Pty Ltd> unit.",
    "SYDNEY, April 8 - Whim Creek Consolidated NL has agreed to purchase CRA Ltd's <CRAA.S> Forrest Gold Pty Ltd subsidiary for 76 mln dlrs.",
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Whim Creek Consolidated NL -> Forrest Gold Pty Ltd']);
  });

  it('the possessor sells the unit', () => {
    const text =
      "LONDON, May 2 - Brant Co said it has acquired Hanson Trust Plc's <HNSN.L> Imperial Foods unit.";
    const deal = facts(run(text, PUBLISHED), 'ACQUIRED')[0];
    expect(deal?.target).toBe('Imperial Foods');
    expect(deal?.seller).toBe('Hanson Trust Plc');
  });
});

describe('the possessor stays the target', () => {
  it('a stake of the possessor, ticker or not', () => {
    const text =
      "LONDON, May 2 - Brant Co said it has agreed to buy Hanson Trust Plc's <HNSN.L> 51 pct stake.";
    expect(made(text)).toEqual(['Brant Co -> Hanson Trust Plc']);
  });

  it('past the ticker, a role word still ends the phrase', () => {
    const text =
      "SYDNEY, April 8 - Whim Creek Consolidated NL said it has bought CRA Ltd's <CRAA.S> shares from Austwhim Resources NL.";
    expect(made(text)).toEqual(['Whim Creek Consolidated NL -> CRA Ltd']);
  });
});
