/**
 * Day eighteen, real wire text: rival bidders compete for one deal, not in a market (rival-bid-guard.ts).
 * Sentences written for these tests in the Reuters and press styles.
 */
import { facts, pair, run } from './helpers';

const rivals = (text: string): string[] => facts(run(text, '1987-04-21'), 'COMPETES_WITH').map(pair).sort();

describe('rival bids are no rivalry', () => {
  it.each([
    'TORONTO, April 21 - Asked if Harlan Corp preferred competing Dexter bidder Norvell Pipelines Ltd, the chairman said it made no difference.',
    'A rival bid from Norvell Pipelines Ltd for Dexter Tool Co was rejected, Harlan Corp said.',
    'Harlan Corp said it would not raise its offer after Norvell Pipelines Ltd made a competing offer for Dexter Tool Co.',
    'Harlan Corp and Norvell Pipelines Ltd are rival suitors for Dexter Tool Co.',
    "L'offre concurrente de Norvell sur Dexalis a été jugée insuffisante par Kelvra.",
  ])('%s', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('a market rivalry stays', () => {
  it.each([
    [
      'Harlan Corp competes with Norvell Pipelines Ltd in the market for valves.',
      'Harlan Corp -> Norvell Pipelines Ltd',
    ],
    [
      'Analysts said Harlan Corp needs a rating to match its main competitors such as Norvell Pipelines Ltd.',
      'Harlan Corp -> Norvell Pipelines Ltd',
    ],
  ])('%s', (text, expected) => {
    expect(rivals(text)).toEqual([expected]);
  });
});
