/**
 * Day eleven, anaphora: pointer classes read in their variants (other verbs of the family, tense, order, language)
 * with near-misses that must not be read. Sentences written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('after a fronted participle naming the founders, "il/elle" is the company the clause is about', () => {
  it.each([
    [
      "Solvéa lève 18 millions d'euros auprès d'Elaia. Créée en 2020 par Inès Boudjema et Thomas Rivière, deux anciens ingénieurs de Saft, la jeune pousse emploie 65 personnes. Elle avait déjà levé 4 millions d'euros en 2022 auprès de Rhône Amorçage.",
      'FUNDED',
      'Rhône Amorçage -> Solvéa',
    ],
    [
      'Routeo lève 15 millions. Fondée par Lucie Ferrand et Marc Diallo, la plateforme emploie 40 personnes. Elle avait racheté en 2023 le néerlandais Valvix.',
      'ACQUIRED',
      'Routeo -> Valvix',
    ],
    [
      'Qwilo lève 5 millions. Fondé en 2017 par Inès Karamanlis, le éditeur emploie 120 personnes. Il a racheté en 2024 le studio Hexaplay.',
      'ACQUIRED',
      'Qwilo -> Hexaplay',
    ],
    [
      "Ferrand Technologies lève 8 millions d'euros. Dirigée depuis 2019 par Claire Vasseur, la société emploie 300 personnes. Elle a racheté en 2023 le néerlandais Valvix.",
      'ACQUIRED',
      'Ferrand Technologies -> Valvix',
    ],
  ])('reads "%s"', (text, type, expected) => {
    expect(pairs(relationsOf(text), type)).toContain(expected);
  });

  it('keeps "elle" from a company whose clause then names another person', () => {
    const units = articleUnits(
      "Ferrand Technologies lève 8 millions d'euros. Fondée en 1958 par Henri Ferrand, l'entreprise est dirigée par Claire Vasseur. Elle aime le vélo.",
    );
    expect(units[2]).not.toContain('[*Ferrand Technologies]');
  });

  it('keeps "il" from a company the participle called feminine ("Créée … la société … Il")', () => {
    const units = articleUnits(
      "Solvéa lève 18 millions d'euros. Créée en 2020 par Thomas Rivière, la société emploie 65 personnes. Il aime le vélo.",
    );
    expect(units[2]).not.toContain('[*Solvéa]');
  });
});

describe('after a fronted change of owner, the pointer is the company that changed hands, not its new owner', () => {
  it.each([
    [
      "Valtor fabrique des munitions. Passé sous le contrôle du groupe allemand Keller Wehrtechnik en 2018, le groupe s'est concentré sur la pyrotechnie. Il avait notamment acquis en 2022 le spécialiste Pyrelec.",
      'Valtor -> Pyrelec',
    ],
    [
      "Valtor fabrique des munitions. Racheté par Keller Wehrtechnik en 2018, le fabricant s'est concentré sur la pyrotechnie. Il a racheté en 2022 le spécialiste Pyrelec.",
      'Valtor -> Pyrelec',
    ],
    [
      'Altura makes drone engines. Acquired by Halvorsen Industries in 2019, the company bought Kaamos Optics in 2024.',
      'Altura -> Kaamos Optics',
    ],
  ])('reads "%s"', (text, expected) => {
    const got = pairs(relationsOf(text), 'ACQUIRED');
    expect(got).toContain(expected);
    expect(got).not.toContain(expected.replace(/^.* ->/, 'Keller Wehrtechnik ->'));
    expect(got).not.toContain(expected.replace(/^.* ->/, 'Halvorsen Industries ->'));
  });

  it('reads the pointer after the fronted phrase as the subject ("Passé sous le contrôle de X, le réseau … Il")', () => {
    const units = articleUnits(
      'Verlaine Distribution a signé un accord pour racheter Patounes, un réseau de 42 animaleries. Passé sous le contrôle de Verlaine, le réseau conservera sa marque. Il restera dirigé par Sophie Lemarchand.',
    );
    expect(units[1]).toContain('[*Patounes]');
    expect(units[2]).toContain('[*Patounes]');
  });
});

describe('"X was bought by Y from its founder": the founder is X’s, whatever describes the agent', () => {
  it.each([
    [
      'Altura Dynamics, a Scottish maker of drone engines, has been bought by Norwegian defence group Halvorsen Industries from its founder, Ewan McLeish, for £48 million.',
      'Ewan McLeish -> Altura Dynamics',
    ],
    [
      'Altura Dynamics was bought by Halvorsen Industries from its founder Ewan McLeish.',
      'Ewan McLeish -> Altura Dynamics',
    ],
    [
      'Altura Dynamics was acquired in 2019 by Halvorsen Industries from its founder, Ewan McLeish.',
      'Ewan McLeish -> Altura Dynamics',
    ],
    ['Orbis a été racheté par Kelio à son fondateur, Paul Martin.', 'Paul Martin -> Orbis'],
  ])('reads "%s"', (text, expected) => {
    const got = pairs(relationsOf(text), 'FOUNDED');
    expect(got).toContain(expected);
    expect(got).not.toContain(expected.replace(/-> .*$/, '-> Halvorsen Industries'));
    expect(got).not.toContain(expected.replace(/-> .*$/, '-> Kelio'));
  });

  it('still reads the active voice ("Y bought X from its founder")', () => {
    const got = pairs(
      relationsOf('Halvorsen Industries bought Altura Dynamics from its founder, Ewan McLeish.'),
      'FOUNDED',
    );
    expect(got).toContain('Ewan McLeish -> Altura Dynamics');
    expect(got).not.toContain('Ewan McLeish -> Halvorsen Industries');
  });
});

describe('a passive deal whose agent carries a descriptor keeps buyer and target ("bought by Norway\'s Y")', () => {
  it.each([
    "Altura Dynamics bought by Norway's Halvorsen Industries. The group bought Kaamos Optics in 2024.",
    'Altura Dynamics was bought by Norwegian defence group Halvorsen Industries. The group bought Kaamos Optics in 2024.',
  ])('reads "%s"', (text) => {
    const got = pairs(relationsOf(text), 'ACQUIRED');
    expect(got).toContain('Halvorsen Industries -> Kaamos Optics');
    expect(got).not.toContain('Altura Dynamics -> Kaamos Optics');
  });
});

describe('"le groupe" after a deal is the buyer, the party that grows, even once the target was told of', () => {
  const deal =
    'Farinor Industries a racheté la Biscuiterie Kerlann. Fondée en 1962 par Anne-Marie Kerlann, la biscuiterie emploie 140 salariés. ';
  it.each([
    [deal + 'Le groupe devient le principal concurrent de Grands Moulins Vernier.', 'COMPETES_WITH'],
    [deal + 'Le groupe avait déjà repris en 2023 la minoterie Grands Moulins Vernier.', 'ACQUIRED'],
  ])('reads "%s"', (text, type) => {
    const got = pairs(relationsOf(text), type);
    expect(got.some((p) => p.includes('Farinor Industries') && p.includes('Grands Moulins Vernier'))).toBe(
      true,
    );
    expect(got.some((p) => p.includes('Biscuiterie Kerlann') && p.includes('Grands Moulins Vernier'))).toBe(
      false,
    );
  });

  it('leaves "la biscuiterie" to the target it names', () => {
    const units = articleUnits(deal);
    expect(units[1]).toContain('[*Biscuiterie Kerlann]');
  });
});

describe('sector trades point at the company named on or introduced by them', () => {
  it.each([
    [
      'Fairway Foods invested in Greenrow, a salad grower based in Lincolnshire. The grower bought Stackfarm in May.',
      'Greenrow -> Stackfarm',
    ],
    [
      'Halden Brewery agreed to buy Tapline. The brewery bought Hopworks in 2022.',
      'Halden Brewery -> Hopworks',
    ],
    [
      'Alpha Invest a pris une participation dans la Fromagerie Vidal. La fromagerie a racheté la laiterie Lactalp en 2023.',
      'Fromagerie Vidal -> Lactalp',
    ],
  ])('reads "%s"', (text, expected) => {
    expect(pairs(relationsOf(text), 'ACQUIRED')).toContain(expected);
  });

  it('reads "the retailer" as the company introduced as a chain or a supermarket', () => {
    const text =
      'Supermarket chain Fairway Foods took a stake in Greenrow. The retailer also bought Loch Leaf in March.';
    const got = pairs(relationsOf(text), 'ACQUIRED');
    expect(got).toContain('Fairway Foods -> Loch Leaf');
    expect(got).not.toContain('Greenrow -> Loch Leaf');
  });
});

describe('"le fonds" opening a sentence is the investment firm the sentence before named', () => {
  it.each([
    [
      "Nuvalis a levé 21 millions d'euros auprès de Sofimed Ventures, avec le fonds régional Rhône Innov. Paul Vermeer, directeur général de Sofimed Ventures, salue l'opération. Le fonds a par ailleurs pris l'an dernier une participation dans Oxyvie.",
      'Sofimed Ventures -> Oxyvie',
    ],
    [
      "Terres Nouvelles Capital a bouclé en début d'année un fonds de 180 millions d'euros. Le fonds a notamment investi dans Hydrosol.",
      'Terres Nouvelles Capital -> Hydrosol',
    ],
  ])('reads "%s"', (text, expected) => {
    const got = pairs(relationsOf(text), 'FUNDED');
    expect(got).toContain(expected);
    expect(got).not.toContain('Rhône Innov -> Oxyvie');
  });
});

describe('"the firm" after a sentence opening on an investor’s partner is that investor', () => {
  it.each([
    'Fjellborg partner Ingrid Solheim will join the Molarix board. The firm invested in veterinary chain Vetora in 2024.',
    'Fjellborg managing partner Ingrid Solheim joins the board of Molarix. The firm, which manages 4 billion euros, invested in Vetora in 2024.',
    'Fjellborg general partner Ingrid Solheim will join the Molarix board. The firm also invested in Vetora in 2024.',
  ])('reads "%s"', (text) => {
    const got = pairs(relationsOf(text), 'FUNDED');
    expect(got).toContain('Fjellborg -> Vetora');
    expect(got).not.toContain('Molarix -> Vetora');
  });

  it('leaves "the company" and a sentence not opening on the partner alone', () => {
    const company = pairs(
      relationsOf(
        'Molarix raised 20 million euros. Fjellborg partner Ingrid Solheim will join the Molarix board. The company invested in Vetora in 2024.',
      ),
      'FUNDED',
    );
    expect(company).not.toContain('Fjellborg -> Vetora');
    const chief = pairs(
      relationsOf(
        'Molarix raised 20 million euros. Fjellborg chief executive Ingrid Solheim praised the deal. The firm invested in Vetora in 2024.',
      ),
      'FUNDED',
    );
    expect(chief).not.toContain('Fjellborg -> Vetora');
  });
});
