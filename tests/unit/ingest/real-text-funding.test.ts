import { facts, pair, run } from './helpers';

function funded(text: string): string[] {
  return facts(run(text), 'FUNDED').map(pair);
}

describe('a passive or an adjective of funding is no backer as subject', () => {
  it('does not make the company funded the giver ("has already been funded from shareholders")', () => {
    const pairs = funded(
      'Brindlecote Inc said it has arranged 4 mln dlrs of financing. It said 3.1 mln dlrs of the financing has already been funded from existing shareholders, <Pelorin Electronics Corp> and <Quarrymoor Venture Capital Ltd>.',
    );
    expect(pairs.some((p) => p.startsWith('Brindlecote'))).toBe(false);
  });

  it('does not read a hyphenated "X-backed" before a noun as a backer verb', () => {
    const pairs = funded(
      'KORVALA, March 16 - U.S.-backed Delmaran rebels tried to blow up an electricity pylon supplying a Korvala industrial zone.',
    );
    expect(pairs).toEqual([]);
  });

  it('still reads an active backer with money', () => {
    expect(funded('Halvorsen Capital invested 12 mln dlrs in Merriwell Robotics last year.')).toContain(
      'Halvorsen Capital -> Merriwell Robotics',
    );
  });
});

describe('"finance" that is a noun or an infinitive of purpose', () => {
  it('reads no funding from "a special finance rate"', () => {
    expect(
      funded('Dunmore Motors Corp said it will offer a special finance rate on some Corvell cars.'),
    ).toEqual([]);
  });

  it('reads no funding from "was able to finance the X acquisition"', () => {
    const pairs = funded(
      'Ashgrove said Pellinore Brewing was able to finance the Tarrant Distillers acquisition with cash and borrowings.',
    );
    expect(pairs).toEqual([]);
  });

  it('still reads "A will finance B" with a company as object', () => {
    expect(funded('Castellan Bank will finance Oberlin Shipping with a 40 mln dlr loan.')).toContain(
      'Castellan Bank -> Oberlin Shipping',
    );
  });
});

describe('verbs that need money near them', () => {
  it('reads no funding from an estimate "put X at N"', () => {
    expect(
      funded('Ferrand Analytics put Mavrelian output at 2.9 mln tonnes in the first week of March.'),
    ).toEqual([]);
  });

  it('reads no funding from an option granted far from any amount', () => {
    const pairs = funded(
      'Kelbrook Data said it granted Sarnia Capital Corp a five-year option to acquire two mln shares of its common stock.',
    );
    expect(pairs).toEqual([]);
  });

  it('still reads a credit line provided to a company', () => {
    expect(funded('Yarrowby Bank provided Polmont Finance Corp with a 23 mln dlr credit line.')).toContain(
      'Yarrowby Bank -> Polmont Finance Corp',
    );
  });
});

describe('backing that is support, not money', () => {
  it('reads no funding when a body backs a plan or a product', () => {
    expect(
      funded('The Grenmoor Farmers Union has backed the Lessard Commission plan for a price mechanism.'),
    ).toEqual([]);
    expect(funded("The Osterley Ministry has backed Tollan Networks's efforts.")).toEqual([]);
  });

  it('reads a backing with an investment named', () => {
    expect(
      funded('Brackwater Partners, which backed Sennet Labs with a minority investment in 2019, is selling.'),
    ).toContain('Brackwater Partners -> Sennet Labs');
  });
});

describe('"from" that brings in no giver', () => {
  it('reads no funding from a rating lowered "to A from B"', () => {
    const pairs = funded(
      "Harrowgate Bank Corp's senior debt was reduced to A-plus from AA-minus, with subordinated debt lowered to A from A-plus.",
    );
    expect(pairs).toEqual([]);
  });

  it('reads no funding from what "would come from" cash flow or from a seller', () => {
    expect(
      funded(
        'Torvald Hotels said financing for the purchase of the division from Kessock Group would come from cash.',
      ),
    ).toEqual([]);
  });

  it('reads no funding from something obtained that is not money', () => {
    expect(
      funded('Velmont Exchange still has to obtain approval from the Ardlow Trading Commission.'),
    ).toEqual([]);
  });

  it('still reads a credit line obtained from a bank', () => {
    expect(
      funded('Cobbleton Furnishings Inc said it obtained a 5 mln dlr line of credit from Dunlevy Bank PLC.'),
    ).toContain('Dunlevy Bank PLC -> Cobbleton Furnishings Inc');
  });

  it('reads no funding from a round of trade talks', () => {
    expect(
      funded(
        'The U.S. Has been pressing Japan to discuss the rice issue at the new round of General Agreement on Tariffs and Trade talks.',
      ),
    ).toEqual([]);
  });
});

describe('"finance" before the noun it qualifies', () => {
  it('reads no funding from "finance minister"', () => {
    expect(
      funded(
        'OSAKA, April 29 - Civil strife will slow growth, Sri Lankan finance minister Ronnie de Mel said here.',
      ),
    ).toEqual([]);
  });

  it('reads no funding from "finance ministers" after an organisation', () => {
    expect(
      funded(
        "Abdou Kane told reporters after a regular one-day meeting of UMOA finance ministers here that the bank's participation in future credit talks with the IMF would promote a greater coherence in Fund aid granted to the region.",
      ),
    ).toEqual([]);
  });

  it('still reads a participation in a round', () => {
    expect(funded('Vellacott Partners participated in the 9 mln dlr round of Sorvan Labs.')).toContain(
      'Vellacott Partners -> Sorvan Labs',
    );
  });
});
