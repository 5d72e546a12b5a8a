import { facts, madePairs, pair, run } from './helpers';

/**
 * Day twenty-four, FUNDED: a sum handed to a company as the bare object of a granting verb, and the same gift told
 * from the company's side (`frames/funded-given-sums.ts`); a sum staked on a company, named or pointed at
 * (`frames/funded-sum-bets.ts`); the buyers of an issue each with its slice, the later ones with the verb left out
 * (`frames/funded-en-paper-takers.ts`); an aid noun sizing its sum before the giver's name (`deal-goods-guard.ts`).
 */

const PUBLISHED = '2026-04-14';

/** The amount read on the FUNDED fact source → target, or null. */
function amountOf(text: string, source: string, target: string): number | null {
  const found = facts(run(text, PUBLISHED), 'FUNDED').find((r) => pair(r) === `${source} -> ${target}`);
  return found?.amount ?? null;
}

describe('a sum granted or lent to a company, the sum the bare object', () => {
  test.each([
    [
      "Le fabricant Solvane investit à Lens. La Région Hauts-de-France a accordé 1,2 million d'euros à Solvane pour sa ligne de recyclage.",
      'Région Hauts-de-France -> Solvane',
    ],
    [
      'Le chantier naval Kermor se modernise. Bpifrance a également octroyé 800 000 euros à Kermor au titre du plan de relance.',
      'Bpifrance -> Kermor',
    ],
    [
      'Quillon Biotech is expanding. The National Science Foundation awarded $4 million to Quillon Biotech last year to scale its enzyme process.',
      'National Science Foundation -> Quillon Biotech',
    ],
    [
      'Marlowe Cables is building a plant. Highland Bank has lent 6 million pounds to Marlowe Cables for the new line.',
      'Highland Bank -> Marlowe Cables',
    ],
  ])('the giver funds the company after "à" / "to": %s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toContain(expected);
  });

  test.each([
    [
      "Les deux start-up bretonnes grandissent. L'Ademe a attribué 900 000 euros à Algolia Marine et 600 000 euros à Breizh Hydro pour leurs démonstrateurs.",
      ['Ademe -> Algolia Marine', 'Ademe -> Breizh Hydro'],
    ],
    [
      'Two tidal start-ups are growing. Wave Energy Scotland awarded 3 million pounds to Orbital Tide and 1.5 million pounds to rival Nautilon for their prototypes.',
      ['Wave Energy Scotland -> Nautilon', 'Wave Energy Scotland -> Orbital Tide'],
    ],
  ])('a second sum of the same giver funds its own company: %s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual(expect.arrayContaining(expected));
  });

  test.each([
    'Quillon Biotech is expanding. The Pentagon awarded a $30 million contract to Quillon Biotech for enzyme supplies.',
    'Quillon Biotech lost in court. A jury awarded $25 million in damages to Quillon Biotech in its patent suit.',
    "Le fabricant Solvane investit à Lens. La métropole a attribué un marché de 3 millions d'euros à Solvane pour ses bennes.",
  ])('a contract, damages or a public order is no funding: %s', (text) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual([]);
  });

  test('the sum handed over is the funding’s amount', () => {
    const text =
      "Le fabricant Solvane investit à Lens. La Région Hauts-de-France a accordé 1,2 million d'euros à Solvane pour sa ligne de recyclage.";
    expect(amountOf(text, 'Région Hauts-de-France', 'Solvane')).toBe(1_200_000);
  });
});

describe('the same gift told from the company’s side', () => {
  test.each([
    [
      'Quillon Biotech is expanding. Quillon Biotech has been awarded a $3 million grant by the Wellcome Trust to test its process.',
      'Wellcome Trust -> Quillon Biotech',
    ],
    [
      'Marlowe Cables is building a plant. The company was also awarded a 2 million pound loan from the Scottish National Investment Bank in 2025.',
      'Scottish National Investment Bank -> Marlowe Cables',
    ],
    [
      "Le chantier naval Kermor se modernise. Kermor s'est vu attribuer une subvention de 2 millions d'euros par la Région Bretagne.",
      'Région Bretagne -> Kermor',
    ],
  ])('the giver after "by" / "from" / "par" funds the company: %s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toContain(expected);
  });

  test.each([
    'Quillon Biotech is expanding. Quillon Biotech was awarded a prize by the Royal Society for its enzyme work.',
    'Quillon Biotech is expanding. Quillon Biotech was awarded a $30 million contract by the Pentagon.',
  ])('a prize or a contract awarded is no funding: %s', (text) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual([]);
  });
});

describe('an aid noun sizing its sum before the giver', () => {
  test.each([
    [
      "La biotech Novalis avance. Novalis a décroché une subvention de 4 millions d'euros de Bpifrance pour son essai clinique.",
      'Bpifrance -> Novalis',
    ],
    [
      "La biotech Novalis avance. L'entreprise a aussi obtenu une aide de 500 000 euros de Bpifrance pour recruter.",
      'Bpifrance -> Novalis',
    ],
  ])('the giver named right after the sum funds the company: %s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toContain(expected);
  });

  test('goods counted out by a sum or a measure stay goods', () => {
    const text = 'Le meunier Vallat se développe. Vallat a acheté 10 000 tonnes de blé Soufflet cette année.';
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toEqual([]);
  });
});

describe('a sum staked on a company', () => {
  test.each([
    [
      "La start-up Pixelia lève 8 millions d'euros. Le fonds Loire Amorçage, qui avait misé 1 million d'euros sur Pixelia en 2020, reste au capital.",
      'Loire Amorçage -> Pixelia',
    ],
    [
      'Hexbolt raised $30 million. Angel group Prairie Angels, which bet $750,000 on Hexbolt in 2019, sold its shares to the new investors.',
      'Prairie Angels -> Hexbolt',
    ],
  ])('a named company: %s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toContain(expected);
  });

  test.each([
    [
      "La start-up Pixelia lève 8 millions d'euros. Le fonds Loire Amorçage, qui avait parié 1 million d'euros sur la jeune pousse en 2020, cède ses titres.",
      'Loire Amorçage -> Pixelia',
    ],
    [
      'Hexbolt raised $30 million on Monday. Prairie Angels, which had bet $750,000 on the company in 2019, is selling out.',
      'Prairie Angels -> Hexbolt',
    ],
  ])('a pointed company is the article’s, never the investor itself: %s', (text, expected) => {
    const pairs = madePairs(text, PUBLISHED, 'FUNDED');
    expect(pairs).toContain(expected);
    expect(
      pairs.filter(
        (p) => p.startsWith('Prairie Angels -> Prairie') || p.startsWith('Loire Amorçage -> Loire'),
      ),
    ).toEqual([]);
  });

  test('the staked sum is the investor’s own', () => {
    const text =
      "La start-up Pixelia lève 8 millions d'euros. Le fonds Loire Amorçage, qui avait misé 1 million d'euros sur Pixelia en 2020, reste au capital.";
    expect(amountOf(text, 'Loire Amorçage', 'Pixelia')).toBe(1_000_000);
  });

  test.each([
    "Le fonds Loire Amorçage investit peu. Il a misé 2 millions d'euros sur le marché chinois de la batterie.",
    'Prairie Angels keeps growing. The group bet $2 million on the U.S. battery market last year.',
  ])('a sum staked on a market funds no company: %s', (text) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual([]);
  });
});

describe('the buyers of an issue, each with its slice', () => {
  test.each([
    [
      'Thamesway Water sold 300 million pounds of bonds on Tuesday. Aviva Investors took 120 million pounds of the notes and Phoenix Life and Rothesay 90 million pounds each.',
      [
        'Aviva Investors -> Thamesway Water',
        'Phoenix Life -> Thamesway Water',
        'Rothesay -> Thamesway Water',
      ],
    ],
    [
      'Kelda Grid placed $500 million of green bonds with insurers. Allianz bought $200 million of the bonds and Generali and Zurich Insurance $150 million apiece.',
      ['Allianz -> Kelda Grid', 'Generali -> Kelda Grid', 'Zurich Insurance -> Kelda Grid'],
    ],
  ])('every buyer funds the issuer: %s', (text, expected) => {
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual(expected);
  });

  test('a charge taken is no slice of an issue', () => {
    const text = 'Kelda Grid reported results on Tuesday. Allianz took $5 million of charges in the quarter.';
    expect(madePairs(text, PUBLISHED, 'FUNDED')).toEqual([]);
  });

  test('the arranger of the placement is no buyer', () => {
    const text =
      'Thamesway Water sold 300 million pounds of bonds on Tuesday. Aviva Investors took 120 million pounds of the notes and Phoenix Life and Rothesay 90 million pounds each, in a placement arranged by Lomond Bank.';
    expect(madePairs(text, PUBLISHED, 'FUNDED')).not.toContain('Lomond Bank -> Thamesway Water');
  });
});
