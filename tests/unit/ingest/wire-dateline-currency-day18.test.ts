/**
 * Day eighteen, real wire text: a bare "dlrs" in a story filed from Canada, Australia, New Zealand, Hong Kong or
 * Singapore is the local dollar (dateline-currency.ts); a U.S. dollar said, or a U.S. dateline, stays USD.
 * Stories written for these tests in the Reuters style.
 */
import { facts, run } from './helpers';

const currency = (text: string): (string | null)[] =>
  facts(run(text, '1987-03-18'), 'ACQUIRED').map((r) => r.currency);

describe('the dateline gives the dollar', () => {
  it.each([
    ['TORONTO, March 18 - Harlan Ltd said it agreed to acquire Dexter Tool Ltd for 40 mln dlrs.', 'CAD'],
    [
      'HARLAN BUYS DEXTER\n\nEDMONTON, Alberta, June 2 - Harlan Ltd said it agreed to acquire Dexter Tool Ltd for 40 mln dlrs.',
      'CAD',
    ],
    ['SYDNEY, March 18 - Harlan Ltd said it agreed to acquire Dexter Tool Ltd for 40 mln dlrs.', 'AUD'],
    ['WELLINGTON, March 18 - Harlan Ltd said it has bought Dexter Tool Ltd for 40 mln dlrs.', 'NZD'],
    ['HONG KONG, March 18 - Harlan Ltd said it agreed to acquire Dexter Tool Ltd for 40 mln dlrs.', 'HKD'],
  ])('%s', (text, code) => {
    expect(currency(text)).toEqual([code]);
  });
});

describe('a U.S. dollar stays USD', () => {
  it.each([
    'SYDNEY, March 18 - Harlan Ltd said it agreed to acquire Dexter Tool Inc for 40 mln U.S. dlrs.',
    'NEW YORK, March 18 - Harlan Corp said it agreed to acquire Dexter Tool Co for 40 mln dlrs.',
    'TORONTO, March 18 - Harlan Ltd said it agreed to acquire Dexter Tool Inc for 40 mln U.S. dlrs.',
  ])('%s', (text) => {
    expect(currency(text)).toEqual(['USD']);
  });
});
