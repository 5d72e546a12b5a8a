import { facts, run } from './helpers';
import { sortedPairs } from './frames-test-helpers';

/**
 * Day ten's funding classes: a round co-led in French ("co-menée par A et B", "A et B co-mènent la série A de Y"),
 * every company an investor's verb names ("has backed A and the robotics firm B"), and a shareholder told by what it
 * holds ("A, which built a 7 per cent stake in Y", "L'industriel A, actionnaire minoritaire depuis 2020, …").
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('a French round co-led by two investors', () => {
  const lead = "La medtech Cardiaxis lève 45 millions d'euros. ";

  test('"l\'augmentation de capital a été co-menée par A et B, rejoints par C" funds all three', () => {
    const got = funded(
      `${lead}L'augmentation de capital a été co-menée par Medventure Partners et Alpes Santé Capital, rejoints par Bpifrance.`,
    );
    expect(got).toContain('Medventure Partners -> Cardiaxis');
    expect(got).toContain('Alpes Santé Capital -> Cardiaxis');
    expect(got).toContain('Bpifrance -> Cardiaxis');
  });

  test('"le tour a été co-mené par A et B" (masculine, no joiner) funds both, as leads', () => {
    const text = `${lead}Le tour a été co-mené par Medventure Partners et Alpes Santé Capital.`;
    expect(funded(text)).toEqual(['Alpes Santé Capital -> Cardiaxis', 'Medventure Partners -> Cardiaxis']);
    expect(facts(run(text), 'FUNDED').every((r) => r.lead === true)).toBe(true);
  });

  test('a raise "co-pilotée par A et B" after the amount funds both', () => {
    const text =
      "La medtech Cardiaxis lève 45 millions d'euros, une opération co-pilotée par Medventure Partners et Alpes Santé Capital.";
    expect(funded(text)).toEqual(['Alpes Santé Capital -> Cardiaxis', 'Medventure Partners -> Cardiaxis']);
  });

  test('"A et B co-mènent la série A de Y" told from the investors funds Y', () => {
    const text = 'Medventure Partners et Alpes Santé Capital co-mènent la série A de Cardiaxis.';
    expect(funded(text)).toEqual(['Alpes Santé Capital -> Cardiaxis', 'Medventure Partners -> Cardiaxis']);
  });

  test('a co-led negotiation is no round: "les discussions ont été co-menées par A et B"', () => {
    const text = `${lead}Les discussions avec la mairie ont été co-menées par Medventure Partners et Alpes Santé Capital.`;
    expect(funded(text)).toEqual([]);
  });
});

describe("every company named by an investor's backing verb", () => {
  test('"which has previously backed equipment makers A and B" funds both', () => {
    const text =
      'Northgate Partners, which has previously backed equipment makers Lumora and Tessaline, said the bet was about resilience.';
    expect(funded(text)).toEqual(['Northgate Partners -> Lumora', 'Northgate Partners -> Tessaline']);
  });

  test('each member may carry its own descriptor ("Dutch insurtech A and Belgian broker B")', () => {
    const text = 'Anthemis Ventures backed Dutch insurtech Verzekerly and Belgian broker Assurix in 2024.';
    expect(funded(text)).toEqual(['Anthemis Ventures -> Assurix', 'Anthemis Ventures -> Verzekerly']);
  });

  test('a list of three closed by "and" funds every member', () => {
    const text =
      'Northgate Partners, which has previously backed equipment makers Lumora, Gridsmith and Tessaline, said the bet was about resilience.';
    expect(funded(text)).toEqual([
      'Northgate Partners -> Gridsmith',
      'Northgate Partners -> Lumora',
      'Northgate Partners -> Tessaline',
    ]);
  });

  test('a name after a bare comma that opens the next clause is not funded ("backed A, B said")', () => {
    const text =
      'Northgate Partners, which has previously backed equipment maker Lumora, Tessaline Corp said on Monday.';
    expect(funded(text)).toEqual(['Northgate Partners -> Lumora']);
  });

  test('a company named after "alongside" co-invests, it is not funded by the backer', () => {
    const got = funded('Anthemis Ventures backed Verzekerly alongside Assurix Capital in 2024.');
    expect(got).not.toContain('Anthemis Ventures -> Assurix Capital');
  });
});

describe('a shareholder told by what it holds', () => {
  test('"Activist investor A, which built a 7 per cent stake in Y" funds Y', () => {
    const text =
      'Activist investor Corvel Capital, which built a 7 per cent stake in Vandermeer last year, wants a new board.';
    expect(funded(text)).toEqual(['Corvel Capital -> Vandermeer']);
  });

  test('"A, which owns about 6 per cent of Y" and "A, which holds a 12% interest in Y" fund Y', () => {
    expect(funded('Corvid Partners, which owns about 6 per cent of Halverson, wants a new board.')).toEqual([
      'Corvid Partners -> Halverson',
    ]);
    expect(funded('Corvid Partners, which holds a 12% interest in Halverson, wants a new board.')).toEqual([
      'Corvid Partners -> Halverson',
    ]);
  });

  test('a holding of more than half is control, not a funding', () => {
    expect(funded('Corvid Partners, which owns 60 per cent of Halverson, wants a new board.')).toEqual([]);
  });

  test('a main clause "A owns 37 pct of Y" (a holding reported in wire copy) is not read', () => {
    expect(funded('Southmark Corp owns about 37 pct of Pratt Hotel Corp.')).toEqual([]);
  });

  test('"L\'industriel A, actionnaire minoritaire depuis 2020, ne participe pas" is the company\'s holder', () => {
    const text =
      "La biotech Immunova lève 10 millions d'euros. L'industriel Alsatia Pharma, actionnaire minoritaire depuis 2020, ne participe pas à ce tour.";
    expect(funded(text)).toContain('Alsatia Pharma -> Immunova');
    // it stays out of the round: the round's figure is not its amount
    const holder = facts(run(text), 'FUNDED').find((r) => r.source === 'Alsatia Pharma');
    expect(holder?.amount ?? null).toBeNull();
  });

  test('"A, investisseur historique, cède sa participation" in a deal article funds no company', () => {
    const text =
      'Le groupe Corvalis rachète Datenor. Son capital était partagé entre les fondateurs et le fonds Azulis Capital, actionnaire minoritaire depuis 2021, qui cède sa participation.';
    expect(funded(text)).not.toContain('Azulis Capital -> Corvalis');
  });
});
