/**
 * Day thirty-one (rivals): a deal whose counterparty the sentence names as a rival makes the pair rivals
 * (relations/rival-dealt-target.ts): the deal readers find the buyer or the merging pair, through a later clause,
 * a pointer or a possessive, and a rival noun right before the target's name says the rivalry. Sentences written
 * for these tests.
 */
import { extractedRivalPairs } from './helpers';

function competitors(text: string): string[] {
  return extractedRivalPairs(text, '2026-11-30');
}

describe('a deal with a counterparty named as a rival', () => {
  it('reads a merger in a later clause: "…, and A merged with German rival B"', () => {
    const pairs = competitors(
      'The sector has been busy: in May Tallowby Inc was bought by Crestmoor Group for $300 million, and Harlan Freight Inc merged with Dutch rival Vrachtwerk BV.',
    );
    expect(pairs).toContain('Harlan Freight Inc <-> Vrachtwerk BV');
    expect(pairs).not.toContain('Crestmoor Group <-> Tallowby Inc');
  });

  it('reads "French rivals A and B agreed to combine"', () => {
    const pairs = competitors(
      'Earlier this year, French rivals Cartalis SA and Imprimo SA agreed to combine in an all-share merger.',
    );
    expect(pairs).toContain('Cartalis SA <-> Imprimo SA');
  });

  it('reads "a fusionné avec son concurrent belge B" after a colon', () => {
    const pairs = competitors(
      'Le secteur se concentre : en mars, Paylis SAS a fusionné avec son concurrent belge Salarium SA, et Comptéo SAS a été racheté par le fonds Ardenne Capital.',
    );
    expect(pairs).toContain('Paylis SAS <-> Salarium SA');
    expect(pairs).not.toContain('Ardenne Capital <-> Comptéo SAS');
  });

  it('reads "completed its takeover of Canadian rival B" told by the buyer', () => {
    const pairs = competitors(
      'Halbrook Foods Inc completed its takeover of Canadian rival Maplestone Dairy Ltd in March.',
    );
    expect(pairs).toContain('Halbrook Foods Inc <-> Maplestone Dairy Ltd');
  });

  it('does not pair the buyer with another company\u2019s rival ("bought Y\u2019s rival Z")', () => {
    const pairs = competitors(
      'Acmevale Corp bought Zentrix Inc\u2019s closest rival, Omnira Ltd, for $40 million.',
    );
    expect(pairs).not.toContain('Acmevale Corp <-> Omnira Ltd');
  });

  it('does not pair a buyer with a rival bidder or a target named without a rival noun', () => {
    expect(
      competitors('Acmevale Corp outbid rival bidder Omnira Ltd to buy Zentrix Inc for $90 million.'),
    ).not.toContain('Acmevale Corp <-> Zentrix Inc');
    expect(competitors('Acmevale Corp bought software maker Zentrix Inc for $90 million.')).toEqual([]);
  });

  it('does not pair a rival of the story\u2019s company with its own buyer or merger partner', () => {
    const bought = competitors(
      'Kestrova Ltd sells hospital beds. Its main rival, Bedwell Inc, was bought by Harrowgate Corp in 2021.',
    );
    expect(bought).not.toContain('Bedwell Inc <-> Harrowgate Corp');
    const merging = competitors(
      'Kestrova Ltd sells hospital beds. Earlier this month, rival Bedwell Inc agreed to merge with Harrowgate Corp.',
    );
    expect(merging).not.toContain('Bedwell Inc <-> Harrowgate Corp');
  });
});
