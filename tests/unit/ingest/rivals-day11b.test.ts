import { facts, run } from './helpers';

/**
 * Rivalry classes of day eleven, round two: an owner's rival narrowed to a place or a field before it is named
 * ("Its main rival in Scandinavia, Sweden's B"), a rival named through a copula ("B reste son principal concurrent",
 * "Its main rival is B"), an adverb before the object of "se mesurer" and the client of a won tender, who is no contender.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe("an owner's rival told in a place or field before its name", () => {
  it.each([
    "Halvorsen Industries makes wind towers. Its main rival in Scandinavia, Sweden's Tornvik AB, said it was weighing a bid.",
    "Halvorsen Industries makes wind towers. Halvorsen Industries's main rival in Scandinavia is Tornvik AB.",
    'Halvorsen Industries makes wind towers. Its biggest competitor in the UK market remains Tornvik AB.',
    'Halvorsen Industries makes wind towers. Its main rival is Tornvik AB.',
    'Halvorsen Industries makes wind towers. Its closest rival in Europe, Copenhagen-based Tornvik AB, cut prices.',
  ])('%s', (text) => {
    expect(has(text, 'Halvorsen Industries', 'Tornvik AB')).toBe(true);
  });

  it.each([
    "Cybelis SAS édite des logiciels. Son principal concurrent en France, le lyonnais Sentrys SAS, a levé 10 millions d'euros.",
    'Cybelis SAS édite des logiciels. Son principal concurrent est Sentrys SAS.',
    'Cybelis SAS édite des logiciels. Son principal concurrent sur les hôpitaux reste Sentrys SAS.',
  ])('%s', (text) => {
    expect(has(text, 'Cybelis SAS', 'Sentrys SAS')).toBe(true);
  });

  it('does not step over a verb of the rival itself', () => {
    const text =
      "Turnly Ltd makes scheduling apps. Turnly Ltd's main rival in scheduling has bought Planday A/S.";
    expect(has(text, 'Turnly Ltd', 'Planday A/S')).toBe(false);
  });
});

describe('a rival named through a copula', () => {
  it.each([
    [
      "Castelvin SAS exporte du vin. Grands Chais Moreau SAS reste son principal concurrent à l'export.",
      'Castelvin SAS',
      'Grands Chais Moreau SAS',
    ],
    [
      'Halvorsen Industries makes towers. Tornvik AB is its closest rival in Scandinavia.',
      'Halvorsen Industries',
      'Tornvik AB',
    ],
    [
      'Halvorsen Industries makes towers. Tornvik AB remains its biggest competitor.',
      'Halvorsen Industries',
      'Tornvik AB',
    ],
    [
      "Halvorsen Industries makes towers. Tornvik AB is Halvorsen's closest rival.",
      'Halvorsen Industries',
      'Tornvik AB',
    ],
  ])('%s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });

  it.each([
    [
      "Halvorsen Industries makes towers. Tornvik AB is its rival's largest shareholder.",
      'Halvorsen Industries',
      'Tornvik AB',
    ],
    [
      "Castelvin SAS exporte du vin. Grands Chais Moreau SAS est son principal client à l'export.",
      'Castelvin SAS',
      'Grands Chais Moreau SAS',
    ],
  ])('no rival: %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(false);
  });
});

describe('"se mesurer" with an adverb before its object', () => {
  it.each([
    'Nomadéa SAS loue des cabanes. Nomadéa SAS se mesure notamment à Insolitea SAS et à Cabanova SAS.',
    'Nomadéa SAS loue des cabanes. Nomadéa SAS se mesure surtout à Insolitea SAS.',
    'Nomadéa SAS loue des cabanes. Nomadéa SAS se mesure désormais à Insolitea SAS.',
  ])('%s', (text) => {
    expect(has(text, 'Nomadéa SAS', 'Insolitea SAS')).toBe(true);
  });
});

describe('the client of a won contest is no contender', () => {
  it.each([
    "L'éditeur Cybelis SAS vient de remporter l'appel d'offres de la centrale d'achats Achat Santé Sud face à l'israélien Checkpoint Medical.",
    'Cybelis SAS a décroché le contrat de la SNCF face à Checkpoint Medical.',
  ])('%s', (text) => {
    expect(rivals(text).filter((p) => p.includes('Achat Santé Sud') || p.includes('SNCF'))).toEqual([]);
    expect(has(text, 'Cybelis SAS', 'Checkpoint Medical')).toBe(true);
  });

  it('keeps a plain "face à" after a market', () => {
    expect(
      has('Sur le marché français, Cybelis SAS fait face à Sentrys SAS.', 'Cybelis SAS', 'Sentrys SAS'),
    ).toBe(true);
  });
});

describe('shares of one market given to several companies', () => {
  it.each([
    [
      'Halvorsen Industries makes towers. Halvorsen Industries holds 30% of the market, Vestas A/S 25% and Nordex SE 12%.',
      ['Halvorsen Industries ~ Nordex SE', 'Halvorsen Industries ~ Vestas A/S', 'Nordex SE ~ Vestas A/S'],
    ],
    [
      'Verlaine Distribution SA vend des croquettes. Verlaine Distribution SA détient 30 % du marché, Maxi Zoo SAS 25 % et Animalis SAS 12 %.',
      [
        'Animalis SAS ~ Maxi Zoo SAS',
        'Animalis SAS ~ Verlaine Distribution SA',
        'Maxi Zoo SAS ~ Verlaine Distribution SA',
      ],
    ],
    [
      'Verlaine Distribution SA vend des croquettes. Sur ce marché, Maxi Zoo SAS pèse 25 %, devant Animalis SAS (12 %).',
      ['Animalis SAS ~ Maxi Zoo SAS'],
    ],
    [
      'Halvorsen Industries makes towers. Vestas A/S has a 25% share of the market, Nordex SE 12%.',
      ['Nordex SE ~ Vestas A/S'],
    ],
  ])('%s', (text, expected) => {
    for (const p of expected) expect(rivals(text)).toContain(p);
  });

  it.each([
    'Halvorsen Industries makes towers. Vestas A/S holds 25% of the capital of Nordex SE, and Siemens AG 12%.',
    'Halvorsen Industries makes towers. On the stock market, Vestas A/S rose 5% and Nordex SE 3%.',
    'Halvorsen Industries makes towers. Vestas A/S bought 25% of Nordex SE last year.',
  ])('no rivals: %s', (text) => {
    expect(
      rivals(text).filter(
        (p) => p.includes('Vestas A/S') && (p.includes('Nordex SE') || p.includes('Siemens AG')),
      ),
    ).toEqual([]);
  });
});

describe("a wire story's ticker inside a list of rivals", () => {
  it.each([
    'Kessler Wehrtechnik AG makes tanks. Kessler, which competes with Rheinmetall <RHMG.DE> and KNDS in armoured vehicles, said the deal would close soon.',
    'Kessler Wehrtechnik AG makes tanks. Kessler competes with Rheinmetall <RHMG.DE> and KNDS in armoured vehicles.',
  ])('%s', (text) => {
    expect(has(text, 'Kessler Wehrtechnik AG', 'KNDS')).toBe(true);
    expect(has(text, 'Kessler Wehrtechnik AG', 'Rheinmetall')).toBe(true);
  });
});
