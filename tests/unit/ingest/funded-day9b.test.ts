import { sortedPairs } from './frames-test-helpers';

/**
 * Day nine's second funding round: members of a list of backers told with a joined origin or as an unnamed
 * investing arm, angels named after "including", and a board seat given up that leaves the investment standing.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('members of a list of backers', () => {
  test('"A and the Franco-German fund B also took part" funds the round company from both', () => {
    const text =
      'Berlin-based Wattlane has raised 30 million euros led by Octant Ventures. Existing backers Moorfield Capital and the Franco-German fund Lindqvist Partners also took part.';
    const got = funded(text);
    expect(got).toContain('Moorfield Capital -> Wattlane');
    expect(got).toContain('Lindqvist Partners -> Wattlane');
  });

  test('a capitalised word that is no joined origin still ends the member', () => {
    const text =
      'Berlin-based Wattlane has raised 30 million euros led by Octant Ventures. Existing backers Moorfield Capital and the Foo-Bar fund Lindqvist Partners also took part.';
    expect(funded(text)).not.toContain('Moorfield Capital -> Wattlane');
  });

  test('"A and the venture arm of chipmaker K also took part": the arm with no name is its owner', () => {
    const text =
      'Grenoble-based Quantelle has raised $40 million led by Octant Ventures. Existing backers Moorfield Capital and the venture arm of chipmaker Sorvane Microsystems also took part.';
    const got = funded(text);
    expect(got).toContain('Moorfield Capital -> Quantelle');
    expect(got).toContain('Sorvane Microsystems -> Quantelle');
  });
});

describe('angels named after a list opener', () => {
  test('"a group of angel investors including P and Q" names both people', () => {
    const text =
      'Lisbon-based Tabulo has raised $6 million. The round was led by Octant Ventures, with participation from a group of angel investors including former banker Marta Quintela and designer Rui Falcão.';
    const got = funded(text);
    expect(got).toContain('Marta Quintela -> Tabulo');
    expect(got).toContain('Rui Falcão -> Tabulo');
  });
});

describe('a board seat given up', () => {
  test('"qui avait investi dans Y, a renoncé à son siège" keeps the investment', () => {
    const text =
      'Le fonds Ormeline Capital, qui avait déjà investi dans Datavine en 2021, a renoncé à son siège au conseil de la société.';
    expect(funded(text)).toContain('Ormeline Capital -> Datavine');
  });

  test('"a renoncé à investir dans Y" still reads as no investment', () => {
    const text = 'Le fonds Ormeline Capital a finalement renoncé à investir dans Datavine en 2021.';
    expect(funded(text)).not.toContain('Ormeline Capital -> Datavine');
  });
});

describe('a company selling a stake in itself, told by a pointer', () => {
  const opening = 'Kessmar Logistik runs 40 warehouses in northern Germany. ';

  test('"the group sold a 20% stake to Canadian pension fund A" funds the company the pointer names', () => {
    const got = funded(
      `${opening}In 2024 the group sold a 20% stake to Canadian pension fund Laurentide Board.`,
    );
    expect(got).toContain('Laurentide Board -> Kessmar Logistik');
  });

  test('"it sold a 20% stake in its Polish arm to A" is a stake in another company', () => {
    const got = funded(`${opening}In 2024 it sold a 20% stake in its Polish arm to Laurentide Board.`);
    expect(got).not.toContain('Laurentide Board -> Kessmar Logistik');
  });

  test('"the group sold its 20% stake to A" is a holder leaving, not a backer let in', () => {
    const got = funded(`${opening}The group sold its 20% stake to Laurentide Board.`);
    expect(got).not.toContain('Laurentide Board -> Kessmar Logistik');
  });
});

describe('an investing arm told as an apposition', () => {
  test('"A, the venture arm of group K, joined": the owner K is no member of a list of backers', () => {
    const text =
      'Grenoble-based Quantelle has raised $40 million led by Octant Ventures. New investor Sorvane Ventures, the venture arm of chipmaker Sorvane Microsystems, joined the round alongside existing investor Moorfield Capital.';
    expect(funded(text)).not.toContain('Sorvane Microsystems -> Quantelle');
  });
});

describe('an owner funding the company it controls', () => {
  test('"Y est contrôlée par A, qui lui a apporté N" keeps the money as a funding', () => {
    const text =
      "Le groupe Aquemont a racheté Filtrane. Aquemont est elle-même contrôlée depuis 2020 par le fonds Verdanne Capital, qui lui a apporté 40 millions d'euros supplémentaires l'an dernier.";
    expect(funded(text)).toContain('Verdanne Capital -> Aquemont');
  });

  test('a minority stake told apart from a later takeover stays a funding', () => {
    const text =
      'Castor Pharma said on Monday it would buy Lumelle Bio for $300 million. Castor first bought into Lumelle in 2021, taking a 26 per cent stake.';
    expect(funded(text)).toContain('Castor Pharma -> Lumelle Bio');
  });

  test('"Y is backed by A" beside "A bought Y" is still only the purchase', () => {
    const text =
      'Orvane Capital has acquired Paylane, a payroll software firm. Paylane is backed by Orvane Capital.';
    expect(funded(text)).not.toContain('Orvane Capital -> Paylane');
  });
});
