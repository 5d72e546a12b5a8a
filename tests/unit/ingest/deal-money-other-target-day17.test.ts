/**
 * Deal, day seventeen: a price that sizes or closes a deal noun naming another company ("its $4bn takeover of
 * Maplecrest", "its purchase of Lydhus in 2024 for 300 million crowns") is that other deal's, not the price of the
 * fact the sentence also tells (deal-money-other-target.ts). Sentences written for these tests (dev-gold-7 en-351
 * and dev-gold-18 en-582 show the shapes).
 */
import { facts, run } from './helpers';

const amounts = (text: string): string[] =>
  facts(run(text, '2026-05-20'), 'ACQUIRED')
    .map((r) => `${r.source} -> ${r.target} ${r.amount ?? '-'}`)
    .sort();

describe('the price of another named deal stays with it', () => {
  it.each([
    [
      'Halverson Brands is a food group. Halverson acquired Northfield Kitchens in 2015 as part of its $4bn takeover of Canadian rival Maplecrest Foods.',
      ['Halverson Brands -> Maplecrest Foods 4000000000', 'Halverson Brands -> Northfield Kitchens -'],
    ],
    [
      'Halverson Brands is a food group. Halverson bought Northfield Kitchens in 2015 during its $4bn acquisition of Maplecrest Foods.',
      ['Halverson Brands -> Maplecrest Foods 4000000000', 'Halverson Brands -> Northfield Kitchens -'],
    ],
    [
      "Norvik Media is a Danish group. Norvik's takeover of Klarview follows its purchase of podcast network Lydhus in 2024 for 300 million crowns.",
      ['Norvik Media -> Klarview -', 'Norvik Media -> Lydhus 300000000'],
    ],
  ])('%s', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });
});

describe("a deal's own price stays", () => {
  it.each([
    [
      'Acme Industries makes pumps. Acme Industries agreed to buy Zeta Corp in a $2bn deal.',
      'Acme Industries -> Zeta Corp 2000000000',
    ],
    [
      'Acme Industries makes pumps. Acme Industries said its $2bn takeover of Zeta Corp had closed.',
      'Acme Industries -> Zeta Corp 2000000000',
    ],
    [
      'Acme Industries makes pumps. Acme Industries completed its purchase of Zeta Corp for $2 billion.',
      'Acme Industries -> Zeta Corp 2000000000',
    ],
  ])('%s', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });
});
