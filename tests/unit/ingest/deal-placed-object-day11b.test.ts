import { madePairs, typedDealPairs } from './helpers';

const PUBLISHED = '2026-06-10';

const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);
const stakes = (text: string): string[] => typedDealPairs(text, PUBLISHED);

describe('a wire place (city, state or province) before the company bought', () => {
  it.each([
    'Harlow Systems Inc said it has agreed to acquire Boulder, Colo., software maker Quillon Corp for 12 mln dlrs.',
    'Harlow Systems Inc said it signed a letter of intent to buy Akron, Ohio, tire distributor Quillon Corp.',
    'Harlow Systems Inc said it would acquire Houston, Texas, oil company Quillon Corp.',
    'Harlow Systems Inc said it agreed to buy Dallas, Texas-based Quillon Corp for 12 mln dlrs.',
    'Harlow Systems Inc said it has bought Calgary, Alta., oil producer Quillon Corp for 30 mln dlrs.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Harlow Systems Inc -> Quillon Corp']);
  });

  it.each([
    'Harlow Systems Inc acquired stores, warehouses, and trucks from Quillon Corp.',
    'Harlow Systems Inc said it is in talks to acquire Boulder, Colo., software maker Quillon Corp.',
    'Harlow Systems Inc said it would not acquire Boulder, Colo., software maker Quillon Corp.',
  ])('reads no purchase of the placed company: %s', (text) => {
    expect(made(text)).toEqual([]);
  });
});

describe('a majority stake raised inside an "agreement under which" clause', () => {
  it.each([
    'Corvel Energy LP said it has signed an agreement under which it will increase its interest in Brantley Power Inc to 70 pct from 53 pct.',
    'Corvel Energy LP said it reached an agreement under which it would raise its stake in Brantley Power Inc to 62 pct.',
    'Corvel Energy LP said today that it has boosted its holding in Brantley Power Inc to 58 pct from 40 pct.',
  ])('%s', (text) => {
    expect(made(text)).toEqual(['Corvel Energy LP -> Brantley Power Inc']);
  });

  it.each([
    // the subject of an earlier verb, across "and", is not the one raising the stake
    'Its parent bought the catalogue of label Corvel Energy LP in 2024 and this spring took a majority stake in Brantley Power Inc.',
    'Corvel Energy LP said it has signed an agreement under which it will increase its interest in Brantley Power Inc to 20 pct from 15 pct.',
  ])('reads no takeover by the named company: %s', (text) => {
    expect(stakes(text)).not.toContain('ACQUIRED Corvel Energy LP -> Brantley Power Inc');
  });
});

describe('a deal told only to be ruled out', () => {
  it.each([
    'Banco Lusitano said it had no plans to take control of Pagora SA.',
    'Banco Lusitano does not intend to acquire Pagora SA, its chairman said.',
    "Banco Lusitano n'a pas l'intention de racheter Pagora SA.",
    "Banco Lusitano n'envisage pas de racheter Pagora SA.",
    'Banco Lusitano ruled out a bid for Pagora SA.',
  ])('%s', (text) => {
    expect(made(text)).toEqual([]);
  });

  it.each([
    'Banco Lusitano bought Pagora SA last year and has no plans to sell it.',
    'Banco Lusitano said it had no plans to sell its stake after it acquired Pagora SA in March.',
  ])('keeps the purchase: %s', (text) => {
    expect(made(text)).toEqual(['Banco Lusitano -> Pagora SA']);
  });
});
