import { facts, pair, run } from './helpers';

function acquired(text: string): string[] {
  return facts(run(text), 'ACQUIRED').map(pair);
}

describe('a name right after a count of goods', () => {
  it('is what was bought (aircraft, power), not a company bought', () => {
    const pairs = acquired('Harwell Airways said it will buy six Brantley 900 jets for 400 mln dlrs.');
    expect(pairs.some((p) => p.includes('Brantley'))).toBe(false);
  });

  it('still reads a company bought outright after the same verb', () => {
    expect(acquired('Harwell Airways said it will buy Brantley Aviation for 400 mln dlrs.')).toContain(
      'Harwell Airways -> Brantley Aviation',
    );
  });

  it('keeps a block of the company shares as a stake bought in it', () => {
    expect(
      acquired('Tessaly Partners said it bought 212,400 Corvane Industries common shares last month.'),
    ).toContain('Tessaly Partners -> Corvane Industries');
  });
});

describe("another company's possessive before the deal noun", () => {
  it('makes that company the buyer, not the regulator that approved it', () => {
    const pairs = acquired(
      "WASHINGTON, March 5 - The Ostmark Department of Transport said it gave final approval to Pellam Air Group's proposed 40 mln dlr acquisition of Corrigan Airlines.",
    );
    expect(pairs).toContain('Pellam Air Group -> Corrigan Airlines');
    expect(pairs.some((p) => p.startsWith('Ostmark'))).toBe(false);
  });

  it('makes that company the bidder, not the one whose spokesman spoke', () => {
    const pairs = acquired(
      "A Norfolk Southern Corp spokesman said the company had no comment on Pellam Air's offer for Corrigan Airlines.",
    );
    expect(pairs).toContain('Pellam Air -> Corrigan Airlines');
    expect(pairs.some((p) => p.startsWith('Norfolk'))).toBe(false);
  });

  it('leaves the subject as buyer when the possessive is its own', () => {
    expect(
      acquired('Pellam Air said it completed its acquisition of Corrigan Airlines for 90 mln dlrs.'),
    ).toContain('Pellam Air -> Corrigan Airlines');
  });
});

describe('membership just reached, told in an apposition', () => {
  it('belongs to the name just before the comma, not the clause subject', () => {
    const pairs = acquired(
      'Brelford Labs makes the drug with Halvern Biologics, now part of Morwick Pharma.',
    );
    expect(pairs).toContain('Morwick Pharma -> Halvern Biologics');
    expect(pairs.some((p) => p.includes('Brelford'))).toBe(false);
  });

  it('still belongs to the subject when no name is set off', () => {
    expect(acquired('Halvern Biologics is now part of Morwick Pharma.')).toContain(
      'Morwick Pharma -> Halvern Biologics',
    );
  });
});

describe('a merger partner named only as the owner of a unit', () => {
  function merged(text: string): string[] {
    return facts(run(text), 'MERGED_WITH').map(pair);
  }

  it('is no merger of equals ("with a subsidiary of B")', () => {
    expect(merged('The merger of Halvern Labs with a subsidiary of Morwick Pharma was completed.')).toEqual(
      [],
    );
  });

  it('is no merger of equals ("with B\'s Dutch subsidiary")', () => {
    expect(
      merged("The merger of Halvern Labs with Morwick Pharma's Dutch subsidiary was completed."),
    ).toEqual([]);
  });

  it('leaves a merger of the two named companies', () => {
    expect(merged('The merger of Halvern Labs with Morwick Pharma was completed.')).toEqual([
      'Halvern Labs -> Morwick Pharma',
    ]);
  });
});

describe('a regulator that approved the deal', () => {
  it('is not read as the buyer', () => {
    const pairs = acquired(
      'Halvern Bank said the Ostmark Competition Commission approved its application to acquire Corrigan Savings.',
    );
    expect(pairs.some((p) => p.startsWith('Ostmark'))).toBe(false);
  });

  it('leaves a company that approved its own plan as the buyer', () => {
    expect(acquired('Halvern Bank said it has approved a plan to acquire Corrigan Savings.')).toContain(
      'Halvern Bank -> Corrigan Savings',
    );
  });
});
