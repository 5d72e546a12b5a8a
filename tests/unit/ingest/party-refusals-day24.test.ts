/**
 * Day twenty-four, precision: two refusals in party-role-refusals.ts.
 * - party-trade-modifier-guard.ts: a capitalised place or origin stacked before a trade noun ("Texan growth firm
 *   X", "The Dunmore manufacturer") is a modifier, never a party. English only: French puts the trade noun first
 *   ("le fabricant breton X"), and those readings must stay.
 * - deal-goods-supplier-guard.ts: goods bought from a company ("buys about half of X's milk") make it a supplier,
 *   not a target; a business or a stake bought from it stays a deal. The French readers did not misread the same
 *   sentences ("achète 40 % de la production de X"), so the French cases here are near misses that must stay.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

const facts = (text: string): string[] => relationsOf(text).map(typedPair);

describe('a place or origin before a trade noun is no party', () => {
  it.each([
    [
      'Tidemark raised $40 million in a round led by Texan growth firm Lonestar Ventures.',
      'FUNDED Texan -> Tidemark',
    ],
    [
      'The Dunmore manufacturer has long competed with Arkwright Pumps for utility contracts.',
      'COMPETES_WITH Arkwright Pumps -> Dunmore',
    ],
    [
      'The Brookfield company, which employs 300 people, battles Velox Systems for hospital orders.',
      'COMPETES_WITH Brookfield -> Velox Systems',
    ],
  ])('%s', (text, refused) => {
    expect(facts(text)).not.toContain(refused);
  });

  it.each([
    // a verb after the buyer is its predicate, not a qualifier of the trade noun
    [
      'Monitrix bought log-analytics firm Quarry Labs for $400 million last year.',
      'ACQUIRED Monitrix -> Quarry Labs',
    ],
    [
      'Harbourline Group bought Icelandic trawler operator Brimfang for $90 million.',
      'ACQUIRED Harbourline Group -> Brimfang',
    ],
    // "the X group" names the company itself
    ['The Volkswagen group bought Italian motorbike maker Ducati in 2012.', 'ACQUIRED Volkswagen -> Ducati'],
    // a relational noun: the name before it is a party of its own
    ['Microsoft rival Google bought Fitbit in 2021.', 'COMPETES_WITH Google -> Microsoft'],
    ['Acme raised $20 million from Tiger Global and venture firm Accel.', 'FUNDED Tiger Global -> Acme'],
    [
      'Le fabricant breton Armorlux a racheté le tisseur Filatures du Léon en 2022.',
      'ACQUIRED Armorlux -> Filatures',
    ],
  ])('keeps: %s', (text, kept) => {
    expect(facts(text)).toContain(kept);
  });
});

describe('a company whose goods are bought is a supplier, not a target', () => {
  it.each([
    [
      'Ashby Retail, which buys about half of Greenvale Farms’ milk, signed a new contract.',
      'ACQUIRED Ashby Retail -> Greenvale Farms',
    ],
    [
      "Brightfield Retail, which buys about 40% of Kelso Dairies' output, said it would review the contract.",
      'FUNDED Brightfield Retail -> Kelso Dairies',
    ],
  ])('%s', (text, refused) => {
    expect(facts(text)).not.toContain(refused);
  });

  it.each([
    ['Acme bought a 30% stake in Beta from Gamma for $10 million.', 'FUNDED Acme -> Beta'],
    ['Acme bought 30% of Beta’s shares last year.', 'FUNDED Acme -> Beta'],
    ['Acme bought Beta from Gamma Capital in 2016.', 'ACQUIRED Acme -> Beta'],
    ['Acme a racheté la participation de Gamma dans Beta.', 'ACQUIRED Acme -> Gamma'],
  ])('keeps: %s', (text, kept) => {
    expect(facts(text)).toContain(kept);
  });
});
