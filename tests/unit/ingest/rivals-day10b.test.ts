import { facts, run } from './helpers';

/**
 * Rivalry classes of day ten, round two: two bidders' prices compared ("paid more … than Y had offered") are no
 * rivalry, and a verb of competing may set its market before naming its rival ("competes in the Nordic
 * heat-pump market with A", "rivalise sur le marché nordique avec A").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('two bids compared by price', () => {
  it.each([
    ['Halvard Logistics paid more for the Kesteren assets than Morrow Freight had offered, people said.'],
    ['Brightwell Capital bid more for Tessaly than Ardent Holdings had offered in March.'],
    ["Halvard Logistics paid far more than Morrow Freight's offer for the Kesteren assets."],
    ["Le groupe Varenne a payé les actifs plus cher que ne l'avait proposé Orval Industries."],
    ['Halvard Logistics paid twice as much as Morrow Freight had bid.'],
  ])('names no rivalry: %s', (text) => {
    expect(rivals(text)).toEqual([]);
  });

  it.each([
    [
      'Halvard Logistics handles far more loads than Morrow Freight in the north.',
      'Halvard Logistics',
      'Morrow Freight',
    ],
    ['Halvard Logistics offers more routes than Morrow Freight.', 'Halvard Logistics', 'Morrow Freight'],
  ])('still reads a comparison of size: %s', (text, a, b) => {
    expect(has(text, a, b)).toBe(true);
  });
});

describe('a verb of competing set in its market before its rival', () => {
  it.each([
    [
      'Virta Aalto competes in the Nordic industrial heat-pump market with Oilon, Calefa and Danish group Fenagy A/S.',
      ['Oilon', 'Calefa', 'Fenagy A/S'],
    ],
    ['Virta Aalto competes on price in the Nordic market against Oilon and Calefa.', ['Oilon', 'Calefa']],
    [
      'Virta Aalto rivalise sur le marché nordique des pompes à chaleur avec Oilon et Calefa.',
      ['Oilon', 'Calefa'],
    ],
    ['Virta Aalto competed for years in the district-heating segment with Oilon.', ['Oilon']],
  ])('reads the rivals: %s', (text, names) => {
    for (const n of names) expect(has(text, 'Virta Aalto', n)).toBe(true);
  });

  it.each([
    ['Virta Aalto competes in the Nordic market, which it shares with Oilon.'],
    ['Virta Aalto competes in the Nordic market and partners with Oilon.'],
    ['Virta Aalto does not compete in the Nordic heat-pump market with Oilon.'],
  ])('reads no rival outside the clause or when denied: %s', (text) => {
    expect(has(text, 'Virta Aalto', 'Oilon')).toBe(false);
  });
});
