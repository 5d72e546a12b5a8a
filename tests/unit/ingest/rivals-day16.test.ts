import { facts, run } from './helpers';

/**
 * Rivalry classes of day sixteen: a ranking told from its leader's clause ("A remains the market leader with …,
 * followed by B, C and D", "A domine avec 38 % des ventes, devant B (22 %), C et D"); a gapped share list with no
 * market word ("A held 34% of installations, B 21% and C 9%"); a name a rivalry verb or a verb of buying governs
 * is an object, not the subject of the next verb of rivalry ("A talonne B et devance C", "A buys B to take on C").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a ranking told from its leader clause pairs every firm ranked', () => {
  it.each([
    "Biedronka SA, owned by Portugal's Jeronimo Martins SA, remains the clear market leader with about 4,000 stores, followed by Lidl GmbH, Marteo SA and Dino Polska SA.",
    'Biedronka SA is the largest grocer in Poland by sales, followed by Lidl GmbH, Marteo SA and Dino Polska SA.',
    'Biedronka SA leads the Polish grocery market with 25% of sales, ahead of Lidl GmbH, Marteo SA and Dino Polska SA.',
    'Sur le marché polonais, Biedronka SA domine largement avec 38 % des ventes, devant Lidl GmbH (22 %), Marteo SA (9 %) et Dino Polska SA (7 %), selon NielsenIQ.',
    'Biedronka SA est le numéro un du secteur, suivi de Lidl GmbH, de Marteo SA et de Dino Polska SA.',
    'Biedronka SA, filiale du portugais Jeronimo Martins SA, reste le leader du marché, suivi de près par Lidl GmbH, Marteo SA et Dino Polska SA.',
  ])('%s', (text) => {
    expect(has(text, 'Biedronka SA', 'Dino Polska SA')).toBe(true);
    expect(has(text, 'Lidl GmbH', 'Dino Polska SA')).toBe(true);
    expect(has(text, 'Marteo SA', 'Lidl GmbH')).toBe(true);
  });

  it.each([
    'Bolt Capital SA is the largest shareholder of the bank, followed by Crest Partners SA and Dune Ventures SA.',
    'Bolt Capital SA est le premier actionnaire de la banque, suivi de Crest Partners SA et de Dune Ventures SA.',
    'Bolt Capital SA is the largest lender to the group, followed by Crest Partners SA and Dune Ventures SA.',
  ])('leaves a ranking of backers or lenders unpaired: %s', (text) => {
    expect(has(text, 'Crest Partners SA', 'Dune Ventures SA')).toBe(false);
    expect(has(text, 'Bolt Capital SA', 'Crest Partners SA')).toBe(false);
  });
});

describe('a gapped share list compares shares of one whole', () => {
  it.each([
    'Gridhaven Inc held 34% of installations last year, Amperia Inc 21% and Voltstack Inc 9%.',
    'Gridhaven Inc accounted for 34% of U.S. deliveries, Amperia Inc for 21% and Voltstack Inc for 9%.',
    'Gridhaven Inc pèse 34 % des ventes, Amperia Inc 21 % et Voltstack Inc 9 %.',
  ])('%s', (text) => {
    expect(has(text, 'Gridhaven Inc', 'Amperia Inc')).toBe(true);
    expect(has(text, 'Amperia Inc', 'Voltstack Inc')).toBe(true);
  });

  it.each([
    'Bolt Capital SA holds 34% of the capital, Crest Partners SA 21% and Dune Ventures SA 9%.',
    'Bolt Capital SA took 34% of the round, Crest Partners SA 21% and Dune Ventures SA 9%.',
    'Shares of Bolt Capital SA rose 5%, Crest Partners SA 3% and Dune Ventures SA 2%.',
    'Bolt Capital SA détient 34 % du capital, Crest Partners SA 21 % et Dune Ventures SA 9 %.',
  ])('leaves a capital, a round or a price move unpaired: %s', (text) => {
    expect(has(text, 'Crest Partners SA', 'Dune Ventures SA')).toBe(false);
  });
});

describe('a name a rivalry verb or a verb of buying governs is no subject of the next', () => {
  it.each([
    [
      'Urbilog SAS talonne désormais Olvo SA dans les villes moyennes et devance largement Coursiers Verts SAS.',
      'Olvo SA',
      'Coursiers Verts SAS',
    ],
    [
      'Paysona Ltd overtook Nominix SA last year and now trails Personio GmbH in Germany.',
      'Nominix SA',
      'Personio GmbH',
    ],
    [
      'Roomwise BV buys Stayflow Lda to challenge Mews Systems Ltd in Europe.',
      'Mews Systems Ltd',
      'Stayflow Lda',
    ],
    ['Soundmere Ltd bought Wavelet Ltd last year to take on Acast AB.', 'Acast AB', 'Wavelet Ltd'],
    ['Urbilog SAS a racheté Colivia SAS pour concurrencer Olvo SA.', 'Colivia SAS', 'Olvo SA'],
    ['Acme Corp overtook Bolt Inc in 2025 and now challenges Crest Inc.', 'Bolt Inc', 'Crest Inc'],
  ])('%s', (text, a, b) => {
    expect(has(text, a, b)).toBe(false);
  });

  it.each([
    [
      'Urbilog SAS talonne désormais Olvo SA dans les villes moyennes et devance largement Coursiers Verts SAS.',
      'Urbilog SAS',
      'Olvo SA',
    ],
    [
      'Paysona Ltd overtook Nominix SA last year and now trails Personio GmbH in Germany.',
      'Paysona Ltd',
      'Nominix SA',
    ],
    ['Après avoir racheté Colivia SAS, Urbilog SAS devance désormais Olvo SA.', 'Urbilog SAS', 'Olvo SA'],
    ['Stayflow Lda competes with SiteMinder Ltd and Cloudbeds Inc.', 'Stayflow Lda', 'Cloudbeds Inc'],
  ])('keeps the subject: %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });
});
