/**
 * Day twenty-eight, precision: one company's market share told with the names placed ahead of or behind it
 * (relations/frames/rivals-share-behind.ts). The holder competes with each name placed; the names placed together
 * ahead of it compete with one another. Shares of a capital or of a vote are no market.
 * Sentences written for these tests.
 */
import { extractedRivalPairs } from './helpers';

function competitors(text: string): string[] {
  return extractedRivalPairs(text, '2026-11-26');
}

describe('a market share with the names placed ahead', () => {
  it('reads "X holds about 5% of the segment, behind A and B" (all three pairs)', () => {
    const pairs = competitors(
      'Moorfoot Cider holds about 5% of the premium cider segment, behind Ashdown Orchards and Severn Press, according to the same figures.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Ashdown Orchards <-> Moorfoot Cider',
        'Moorfoot Cider <-> Severn Press',
        'Ashdown Orchards <-> Severn Press',
      ]),
    );
  });

  it('reads "avec 8 % des ventes, loin derrière le nantais A et B"', () => {
    const pairs = competitors(
      'Selon le cabinet Statmarché, la société Vélos Armor occupe la quatrième place du marché, avec 8 % des ventes de vélos cargo, loin derrière le nantais Cargobreizh et Roulenville.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Cargobreizh <-> Vélos Armor',
        'Roulenville <-> Vélos Armor',
        'Cargobreizh <-> Roulenville',
      ]),
    );
    expect(pairs.some((p) => p.includes('Statmarché'))).toBe(false);
  });

  it('reads "controls 11% of the market, behind A and ahead of B"', () => {
    const pairs = competitors(
      'Brennock Engineering Ltd controls 11% of the Irish market for farm pumps, behind Corrib Hydraulics and ahead of Liffey Flow Systems.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Brennock Engineering Ltd <-> Corrib Hydraulics',
        'Brennock Engineering Ltd <-> Liffey Flow Systems',
        'Corrib Hydraulics <-> Liffey Flow Systems',
      ]),
    );
  });

  it('reads "revendique 12 % du marché, derrière A mais devant B"', () => {
    const pairs = competitors(
      'La Conserverie Marée Haute revendique 12 % du marché régional, derrière Thonnerie Bretonne mais devant Sardines Océane.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Conserverie Marée Haute <-> Thonnerie Bretonne',
        'Conserverie Marée Haute <-> Sardines Océane',
      ]),
    );
  });
});

describe('shares that place no rivals', () => {
  it('reads no rivals from a share of the capital held behind other shareholders', () => {
    const text =
      'Bpifrance détient 12 % du capital de Vélos Armor, derrière le fonds Ouest Amorçage et la société Breizh Invest.';
    expect(competitors(text)).toEqual([]);
  });

  it('reads no rivals from a vote share', () => {
    const text =
      'Le syndicat Force Ouvrière revendique 18 % des voix aux élections professionnelles, derrière la CFDT et la CGT.';
    expect(competitors(text)).toEqual([]);
  });

  it('reads no rivals when the sentence names no market', () => {
    const text = 'Harwell Freight holds 30% of its debt in sterling, behind Barclays and Lloyds as lenders.';
    expect(competitors(text)).toEqual([]);
  });
});
