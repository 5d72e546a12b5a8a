/**
 * Day twenty-nine, real wire copy (relations): a stake priced between its noun and its company ("a 25 pct stake
 * worth five mln krone in Y", stake-worth.ts) is still a stake in Y; a leader's title over a function ("X's
 * president of metal sales") heads the function, not X, while a lower post joined to a leader's title ("president
 * and chief operating officer of X") keeps the leader's title (people.ts); an English apposition whose body takes
 * "the" gives LEADS when the name closes the apposition ("P, chairman of the Grain Prices Board, said",
 * frames/leads-title-of-the.ts). Near misses: a stake sold, a post alone that is no leader's, "head of the X
 * outcomes team", a spokesman. English wire constructions (French titles take their article already: "président
 * de la X"). Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function pairs(text: string, type: string): string[] {
  return facts(run(text, '1987-03-10'), type).map(pair);
}

describe('a stake priced before its company', () => {
  it('"a 25 pct stake worth five mln krone in Y" is a minority stake (FUNDED)', () => {
    const text =
      'OSLO, March 10 - Tarrant Holdings Corp said it has taken a 25 pct stake worth five mln krone in <Nordvik Fish Farms A/S> and will market its salmon in Asia.';
    expect(pairs(text, 'FUNDED')).toContain('Tarrant Holdings Corp -> Nordvik Fish Farms A/S');
  });

  it('"a 15 pct stake valued at about 40 mln stg in Y"', () => {
    const text =
      'LONDON, March 10 - Ashcombe Group Plc said it had bought a 15 pct stake valued at about 40 mln stg in Delamere Foods Plc.';
    expect(pairs(text, 'FUNDED')).toContain('Ashcombe Group Plc -> Delamere Foods Plc');
  });

  it('a majority stake priced so is a takeover (ACQUIRED)', () => {
    const text =
      'LONDON, March 10 - Ashcombe Group Plc said it had bought a 70 pct stake worth 90 mln dlrs in Delamere Foods Plc.';
    expect(pairs(text, 'ACQUIRED')).toContain('Ashcombe Group Plc -> Delamere Foods Plc');
    expect(pairs(text, 'FUNDED')).not.toContain('Ashcombe Group Plc -> Delamere Foods Plc');
  });

  it('near miss: a priced stake sold gives the seller no stake', () => {
    const text =
      'LONDON, March 10 - Ashcombe Group Plc said it sold a 15 pct stake worth 40 mln stg in Delamere Foods Plc.';
    expect(pairs(text, 'FUNDED')).not.toContain('Ashcombe Group Plc -> Delamere Foods Plc');
  });
});

describe("a leader's title over a function, and a lower post joined to a leader's title", () => {
  it('near miss: "X\'s president of metal sales and recycling" leads no company', () => {
    const text =
      'NEW YORK, March 10 - "Demand is strong," said Lena Farrow, Kestrel Aluminum Corp\'s president of metal sales and recycling. Kestrel Aluminum Corp raised its ingot price by two cents.';
    expect(pairs(text, 'LEADS')).not.toContain('Lena Farrow -> Kestrel Aluminum Corp');
  });

  it('near miss: "president for international operations" after the possessive', () => {
    const text =
      "NEW YORK, March 10 - Kestrel Aluminum Corp's president for international operations, Omar Haddad, said exports rose.";
    expect(pairs(text, 'LEADS')).not.toContain('Omar Haddad -> Kestrel Aluminum Corp');
  });

  it('a president named "of" a company whose name holds a function noun still leads it', () => {
    const text = 'NEW YORK, March 10 - Carl Ostrow, president of Brannock Research Inc, said orders rose.';
    expect(pairs(text, 'LEADS')).toContain('Carl Ostrow -> Brannock Research Inc');
  });

  it('"president and chief operating officer of X" leads X', () => {
    const text =
      'NEW YORK, March 10 - Dana Whitlock, president and chief operating officer of Corliss Industries Inc, said sales rose.';
    expect(pairs(text, 'LEADS')).toContain('Dana Whitlock -> Corliss Industries Inc');
  });

  it('near miss: "chief operating officer of X" alone, or after "vice president and", leads nothing', () => {
    const text =
      'NEW YORK, March 10 - Dana Whitlock, chief operating officer of Corliss Industries Inc, said sales rose. Ray Tobin, vice president and chief operating officer of Amberly Mills Inc, said costs fell.';
    expect(pairs(text, 'LEADS')).toEqual([]);
  });
});

describe('an English apposition whose body takes "the"', () => {
  it('"P, Chairman of the Grain Prices Board, said" at the end of a long sentence', () => {
    const text =
      'LAHORE, March 10 - Wheat output this season reached 14 mln tonnes, up one mln from last season, Tariq Mehmood, Chairman of the Grain Prices Board, said.';
    expect(pairs(text, 'LEADS')).toContain('Tariq Mehmood -> Grain Prices Board');
  });

  it('"P, chairman of the Federal Maritime Commission, told" a hearing', () => {
    const text =
      'WASHINGTON, March 10 - Ellen Varga, chairman of the Federal Maritime Commission, told a House panel that rates would fall.';
    expect(pairs(text, 'LEADS')).toContain('Ellen Varga -> Federal Maritime Commission');
  });

  it('near miss: "head of the X outcomes team" and a spokesman "for the" body', () => {
    const text =
      'WASHINGTON, March 10 - Mary Lund, head of the Corliss Industries outcomes team, said sales rose. Paul Brent, a spokesman for the Federal Maritime Commission, said rates would fall.';
    expect(pairs(text, 'LEADS')).toEqual([]);
  });
});
