import { facts, pair, run } from './helpers';

/** Pointers at a company read since round four: quoted speakers, French object clitics, "ce dernier", descriptors. */

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair);
}

describe('first person in a quote stands for the speaker’s company', () => {
  it('reads "nous" in an interview answer as the company the interview opens on', () => {
    const text =
      'Directrice générale de Marvelia, Lucie Fromont détaille sa stratégie.\n\n' +
      '« Le marché se consolide. En mars, nous avons racheté Brisco, un atelier de Tours. »';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Marvelia -> Brisco']);
  });

  it('takes the company of the person quoted in the sentence, not the first one named', () => {
    const text =
      'Le fonds Orvane Capital a pris une participation dans Tilbury Conseil. ' +
      '« Nous avons racheté Quessa l’an dernier », explique Paul Hervé, président de Tilbury Conseil.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Tilbury Conseil -> Quessa']);
  });

  it('reads English "we" after the speaker is tied to a company by a title', () => {
    const text =
      'Norvik Capital backs several pump makers. ' +
      '"We acquired Dunholm Pumps in May," said Sam Price, chief executive of Keltra Systems.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Keltra Systems -> Dunholm Pumps']);
  });

  it('reads a French "nous" standing before its verb as the object ("X nous accompagne")', () => {
    const text =
      'Colvert Énergie installe des pompes à chaleur. ' +
      '« Le fonds Arbelle Gestion nous accompagne depuis 2021 », indique Jeanne Roy, présidente de Colvert Énergie.';
    expect(pairs(text, 'FUNDED')).toEqual(['Arbelle Gestion -> Colvert Énergie']);
  });

  it('gives "Ensemble, nous" to the company a merger creates', () => {
    const text =
      'Les éditeurs Brava Soft et Lumen Data fusionnent pour former un nouvel acteur baptisé Bralum. ' +
      '« Ensemble, nous pourrons rivaliser avec Oxalis et Pernod Logiciels », estime Marie Caron, présidente de Brava Soft.';
    const rivals = pairs(text, 'COMPETES_WITH');
    expect(rivals.length).toBeGreaterThan(0);
    expect(rivals.every((p) => p.includes('Bralum'))).toBe(true);
  });

  it.each([
    [
      'Pellmore Foods sells crisps in Leeds. "Our main rivals are Brenton Foods and Quay Snacks," said Ana Ruiz, chief executive of Pellmore Foods.',
    ],
    [
      '« Nos principaux concurrents sont Brenton Foods et Quay Snacks », explique Ana Ruiz, présidente de Pellmore Foods.',
    ],
  ])('reads "our rivals" / "nos concurrents" as the speaker’s rivals: %s', (text) => {
    expect(pairs(text, 'COMPETES_WITH').sort()).toEqual([
      'Brenton Foods -> Pellmore Foods',
      'Pellmore Foods -> Quay Snacks',
    ]);
  });

  it('leaves "we" outside any quote alone (the writer speaking)', () => {
    const text = 'Norvik Pumps makes industrial pumps in Hull. We visited Dunholm Pumps in May.';
    expect(pairs(text, 'ACQUIRED')).toEqual([]);
    const bought = 'Norvik Pumps makes industrial pumps in Hull. We bought Dunholm Pumps in May.';
    expect(pairs(bought, 'ACQUIRED')).toEqual([]);
  });
});

describe('a French object clitic before a deal verb', () => {
  it('reads "X l’a rachetée" as X buying the company the sentence before was about', () => {
    const text =
      'Le transporteur Gavrel Frigo emploie 300 salariés à Brest. Le groupe Morlaix Logistique l’a rachetée en 2022.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Morlaix Logistique -> Gavrel Frigo']);
  });

  it('re-points "le groupe" to the article’s company when it took the clitic’s company', () => {
    const text =
      'Le logisticien Ardoise Transports publie ses résultats. Ardoise Transports gagne des parts de marché. ' +
      'Ardoise Transports ouvre deux entrepôts.\n\n' +
      'La plus grosse filiale, Corvette Froid, basée à Lyon, a progressé de 5 %. Le groupe l’avait rachetée en 2021.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Ardoise Transports -> Corvette Froid']);
  });

  it('reads no deal from a clitic before another verb or an infinitive', () => {
    const shown =
      'Le transporteur Gavrel Frigo emploie 300 salariés à Brest. Le groupe Morlaix Logistique l’a présentée au salon.';
    expect(pairs(shown, 'ACQUIRED')).toEqual([]);
    const wished =
      'Le transporteur Gavrel Frigo emploie 300 salariés à Brest. Le groupe Morlaix Logistique voulait la racheter.';
    expect(pairs(wished, 'ACQUIRED')).toEqual([]);
  });
});

describe('"ce dernier", "the latter" used as a pronoun', () => {
  it.each([
    [
      'Quintal Média discute avec Ravel Presse. Ce dernier a racheté Sorbet Radio en 2020.',
      'Ravel Presse -> Sorbet Radio',
    ],
    [
      'Quintal Media partnered with Ravel Press. The latter bought Sorbet Radio in 2020.',
      'Ravel Press -> Sorbet Radio',
    ],
  ])('%s', (text, expected) => {
    expect(pairs(text, 'ACQUIRED')).toEqual([expected]);
  });

  it('is the person when a person was named last', () => {
    const text = 'Ravel Presse a recruté Louis Berthier en mai. Ce dernier a racheté Sorbet Radio en 2020.';
    expect(pairs(text, 'ACQUIRED')).toEqual([]);
  });

  it('is an adjective before a noun ("ce dernier trimestre"), no pointer', () => {
    const text = 'Quintal Média discute avec Ravel Presse. Ce dernier trimestre a racheté Sorbet Radio.';
    expect(pairs(text, 'ACQUIRED').some((p) => p.startsWith('Ravel Presse'))).toBe(false);
  });
});

describe('a trade descriptor with an origin and no name', () => {
  it('reads "le courtier lyonnais" opening the main clause as the company of the sentence before', () => {
    const text =
      'Plus loin, Trévise Courtage progresse de 9 %. Fondé en 2010, le courtier lyonnais a racheté Bellone Assurances en 2023.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Trévise Courtage -> Bellone Assurances']);
  });

  it('reads "the Norwegian insurer" as the company just told of', () => {
    const text = 'Ostvik Forsikring grew by 8% last year. The Norwegian insurer bought Harlow Cover in June.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Ostvik Forsikring -> Harlow Cover']);
  });

  it('keeps a descriptor followed by a name as that name’s cue', () => {
    const text =
      'Plus loin, Trévise Courtage progresse de 9 %. Le courtier lyonnais Bellone Assurances a racheté Pavot Conseil.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Bellone Assurances -> Pavot Conseil']);
  });
});
