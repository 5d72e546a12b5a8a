import { sortedPairs } from './frames-test-helpers';
import { withInvestorNotFunded } from '../../../ingest/relations/frames/funded-investor-not-company';
import type { ExtractedRelation } from '../../../ingest/types';
import { relation as fixtureRelation } from '../eval/fixtures';

/**
 * FUNDED, sixth day: shapes of full-length articles. Investors named with their role are never the company funded,
 * investors joining a round in a French inverted clause, an investor's aside before its verb, a portfolio, and a
 * pointer resolved to an investor of the article. Sentences written for these tests, in sectors of their own.
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('a name the sentence calls an investor is no company funded', () => {
  test('"led the round, joined by existing backers A and B": all three fund the article\'s company', () => {
    const text =
      'Dockwise, a Rotterdam start-up that books berths for barges, raised €18 million in a Series A round. Marlow Ventures led the round, joined by existing backers Quayside Capital and Tern Partners, the investment arm of shipping group Helder Lines.';
    const got = funded(text);
    expect(got).toContain('Marlow Ventures -> Dockwise');
    expect(got).toContain('Quayside Capital -> Dockwise');
    expect(got).toContain('Tern Partners -> Dockwise');
    expect(got).not.toContain('Marlow Ventures -> Quayside Capital');
    expect(got.some((p) => p.endsWith('-> Helder Lines'))).toBe(false);
  });

  test('"A invested in B" with no role word before B still funds B', () => {
    const text = 'Marlow Ventures invested €4 million in Quayside Robotics, a maker of mooring drones.';
    expect(funded(text)).toContain('Marlow Ventures -> Quayside Robotics');
  });

  test('"apportés par son actionnaire minoritaire A, … un pool mené par B": B does not fund A', () => {
    const text =
      "Le torréfacteur nantais Cafés Merlin rachète un concurrent. Le montage associe 10 millions d'euros de fonds propres, apportés par son actionnaire minoritaire Ouest Expansion, qui remet au pot, ainsi qu'une dette de 20 millions d'euros arrangée par un pool bancaire mené par la Banque Ligérienne.";
    expect(funded(text)).not.toContain('Banque Ligérienne -> Ouest Expansion');
  });
});

describe('French inverted subject joining a round', () => {
  test('"Participent également ses investisseurs historiques A et B"', () => {
    const text =
      "La jeune pousse rennaise Vélocargo lève 6 millions d'euros pour livrer les centres-villes. Participent également ses investisseurs historiques Armor Angels et Celtic Seed.";
    const got = funded(text);
    expect(got).toContain('Armor Angels -> Vélocargo');
    expect(got).toContain('Celtic Seed -> Vélocargo');
  });

  test('"Participent aussi à ce tour de table A et B"', () => {
    const text =
      "La jeune pousse rennaise Vélocargo lève 6 millions d'euros. Participent aussi à ce tour de table Armor Angels et Celtic Seed.";
    const got = funded(text);
    expect(got).toContain('Armor Angels -> Vélocargo');
    expect(got).toContain('Celtic Seed -> Vélocargo');
  });

  test('inverted participation in a trade fair is no funding', () => {
    const text =
      "La jeune pousse rennaise Vélocargo lève 6 millions d'euros. Participent également au salon les sociétés Armor Logistique et Celtic Transports.";
    const got = funded(text);
    expect(got).not.toContain('Armor Logistique -> Vélocargo');
    expect(got).not.toContain('Celtic Transports -> Vélocargo');
  });
});

describe("an investor's aside before its verb, and bets on a company", () => {
  test('"A, qui gère 900 M€, avait pris une participation minoritaire dans le spécialiste … B"', () => {
    const text =
      "Lumière Capital, qui gère 900 millions d'euros, avait pris l'an dernier une participation minoritaire dans le spécialiste alsacien de la robinetterie Hauser Sanitaire.";
    expect(funded(text)).toContain('Lumière Capital -> Hauser Sanitaire');
  });

  test('an aside followed by a verb of moving offices is no funding', () => {
    const text =
      "Lumière Capital, qui gère 900 millions d'euros, a pris ses quartiers dans le quartier de la Part-Dieu.";
    expect(funded(text)).toEqual([]);
  });

  test('"A a notamment misé sur le spécialiste … B" in a funding story', () => {
    const text =
      "Le fonds Sextant Ventures, qui signe son quatrième investissement, a notamment misé sur le spécialiste de la paie Payrolia l'an dernier.";
    expect(funded(text)).toContain('Sextant Ventures -> Payrolia');
  });

  test('"a misé sur la qualité" names no company and funds none', () => {
    const text = 'Le groupe Arvelis a misé sur la qualité pour séduire les enseignes comme Carrefour.';
    expect(funded(text)).toEqual([]);
  });

  test('"va prendre une participation minoritaire … dans l\'entreprise": the company pointed at', () => {
    const text =
      "Le producteur d'électricité Héliade Énergies ouvre son capital. Le fonds Pylône Infra va prendre une participation minoritaire de 25 % dans l'entreprise, pour 90 millions d'euros.";
    expect(funded(text)).toContain('Pylône Infra -> Héliade Énergies');
  });
});

describe('a capital increase subscribed by an investor funds the buyer', () => {
  test('"Le rachat s\'accompagne d\'une augmentation de capital souscrite par A"', () => {
    const text =
      "Le groupe lyonnais Tissages Brunel rachète le fabricant de toiles Texalp. Le rachat s'accompagne d'une augmentation de capital de 12 millions d'euros souscrite par le fonds Rhône Équité, qui devient actionnaire minoritaire.";
    expect(funded(text)).toContain('Rhône Équité -> Tissages Brunel');
  });

  test('"… souscrite par son actionnaire de référence, le fonds A": the name after the role and a comma', () => {
    const text =
      "Le groupe lyonnais Tissages Brunel rachète le fabricant de toiles Texalp. L'acquisition est financée par un crédit de 20 millions d'euros et par une augmentation de capital souscrite par son actionnaire de référence, le fonds Rhône Équité.";
    expect(funded(text)).toContain('Rhône Équité -> Tissages Brunel');
  });

  test('an increase of sales is no capital increase', () => {
    const text =
      "Le groupe lyonnais Tissages Brunel rachète le fabricant de toiles Texalp. Le rachat s'accompagne d'une augmentation des ventes de 12 % portée par le client Rhône Équipements.";
    expect(funded(text)).toEqual([]);
  });
});

describe('an apposition with a relative clause between the investor and its verb', () => {
  test('"A, the private-equity group that has held a stake since 2019, would inject £20mn"', () => {
    const text =
      'Pellow & Daughters is a British garden-furniture chain. Saltmarsh Capital, the private equity group that has held a 40 per cent stake since 2018, would inject £20mn of new equity.';
    expect(funded(text)).toContain('Saltmarsh Capital -> Pellow & Daughters');
  });

  test('"A, qui avait pris une part dans Y en 2021, réinvestit aux côtés de B": B does not fund Y', () => {
    const text =
      "Le fonds Garonne Partenaires, qui avait pris une participation minoritaire dans Groupe Vitalis en 2021, réinvestit à l'occasion de l'opération aux côtés de Loire Capital.";
    const got = funded(text);
    expect(got).toContain('Garonne Partenaires -> Groupe Vitalis');
    expect(got).not.toContain('Loire Capital -> Groupe Vitalis');
  });
});

describe("a firm's portfolio", () => {
  test('"A, whose portfolio includes B and C"', () => {
    const text = 'Greyfen Capital, whose portfolio includes Tallowmark and Quillby, led the round.';
    const got = funded(text);
    expect(got).toContain('Greyfen Capital -> Tallowmark');
    expect(got).toContain('Greyfen Capital -> Quillby');
  });

  test('"A, dont le portefeuille compte notamment B et C"', () => {
    const text =
      'Le fonds Brenne Gestion, dont le portefeuille compte notamment Sylvanor et Ostréa, mène le tour.';
    const got = funded(text);
    expect(got).toContain('Brenne Gestion -> Sylvanor');
    expect(got).toContain('Brenne Gestion -> Ostréa');
  });

  test('a product portfolio holds products, not investments', () => {
    const text = 'Arvelis Pharma, whose product portfolio includes Nexafen, sells mostly to hospitals.';
    expect(funded(text)).toEqual([]);
  });
});

function fact(
  source: string,
  target: string,
  start: number,
  sentence: string,
  rule: string,
): ExtractedRelation {
  return fixtureRelation('FUNDED', source, target, {
    status: 'announced',
    evidence: { sentence, start, end: start + sentence.length },
    rule,
    confidence: 0.7,
  });
}

describe('a pointer resolved to an investor of the article', () => {
  const round = fact(
    'Brightwater Ventures',
    'Kelvra Health',
    0,
    'Kelvra Health raised $30 million in a round led by Brightwater Ventures.',
    'en.funded.led-by',
  );

  test('"The company also secured a loan from A" after a round led by B funds the round\'s company', () => {
    const loan = fact(
      'Harbour Bank',
      'Brightwater Ventures',
      80,
      'The company also secured a $5 million loan from Harbour Bank.',
      'en.funded.raise-from',
    );
    const got = withInvestorNotFunded([round, loan]).map((r) => `${r.source} -> ${r.target}`);
    expect(got).toEqual(['Brightwater Ventures -> Kelvra Health', 'Harbour Bank -> Kelvra Health']);
  });

  test('an investor named in its own sentence as the company funded stays so (a fund raising money)', () => {
    const named = fact(
      'Harbour Bank',
      'Brightwater Ventures',
      80,
      'Harbour Bank lent $5 million to Brightwater Ventures.',
      'en.funded.raise-from',
    );
    const got = withInvestorNotFunded([round, named]).map((r) => `${r.source} -> ${r.target}`);
    expect(got).toContain('Harbour Bank -> Brightwater Ventures');
  });
});
