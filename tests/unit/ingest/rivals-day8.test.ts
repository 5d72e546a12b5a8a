import { facts, run } from './helpers';

/**
 * Rivalry leftovers of the eighth day's full-length articles: a descriptor between a possessive rival noun and
 * the rival's name, rank words ("au troisième rang", "rank third") before the leaders a company trails, a market's
 * incumbents named together, and two precision guards (a name held by a rival in the list, an investor's "backed
 * rival Y").
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('a descriptor between the possessive rival noun and the name', () => {
  it.each([
    'The Oslo retailer Tarvik Group said sales rose 8% last year. Its biggest rival, Lisbon-based Brenholt, grew faster.',
    'The Oslo retailer Tarvik Group said sales rose 8% last year. Its closest discount rival, Dutch-owned Brenholt, also gained share.',
    'Le distributeur Tarvik Group a vu ses ventes progresser de 8 %. Son principal concurrent, le néerlandais Brenholt, a fait mieux.',
  ])('%s', (text) => {
    expect(has(text, 'Tarvik Group', 'Brenholt')).toBe(true);
  });

  it('does not take a client after the same descriptor for a rival', () => {
    const text =
      'The Oslo retailer Tarvik Group said sales rose 8% last year. Its biggest client, Lisbon-based Brenholt, ordered more.';
    expect(has(text, 'Tarvik Group', 'Brenholt')).toBe(false);
  });
});

describe('rank words before the leaders a company stands behind', () => {
  it.each([
    'Avec ce rachat, le groupe Tarvik se hisse au troisième rang du marché français, derrière Brenholt et Kolstad.',
    'The combined company will rank third in hearing aids behind Brenholt and Kolstad.',
  ])('%s', (text) => {
    expect(has(text, 'Brenholt', 'Kolstad')).toBe(true);
  });

  it('does not pair two names after "au rang de" with no ranking behind anyone', () => {
    const text = 'Tarvik a été élevé au rang de fournisseur officiel de Brenholt et de Kolstad.';
    expect(has(text, 'Brenholt', 'Kolstad')).toBe(false);
  });
});

describe('names in a list of rivals that hold another role', () => {
  it('does not take the title a rival owns for a rival', () => {
    const text =
      "Le groupe Tarvik Médias s'offre un magazine. Sur ce segment, Tarvik Médias fait face à Brenholt Presse, propriétaire de Kolstad Magazine, ainsi qu'au suisse Vendra Verlag.";
    expect(has(text, 'Tarvik Médias', 'Kolstad Magazine')).toBe(false);
    expect(has(text, 'Tarvik Médias', 'Vendra Verlag')).toBe(true);
  });

  it("does not make an investor the rival of its portfolio company's rival", () => {
    expect(has('Tarvik Ventures last year backed Dutch rival Brenholt.', 'Tarvik Ventures', 'Brenholt')).toBe(
      false,
    );
  });

  it('still reads a buyer of its rival', () => {
    expect(has('Tarvik Group last year bought Dutch rival Brenholt.', 'Tarvik Group', 'Brenholt')).toBe(true);
  });
});

describe("a market's incumbents named together", () => {
  it.each([
    'Sur ce marché, la start-up Tarvik bouscule les éditeurs historiques Brenholt et Kolstad, qui dominent la documentation juridique.',
    'La jeune pousse Tarvik veut détrôner les opérateurs historiques Brenholt et Kolstad.',
    'The startup Tarvik is taking on the incumbents Brenholt and Kolstad in Europe.',
  ])('%s', (text) => {
    expect(has(text, 'Brenholt', 'Kolstad')).toBe(true);
  });

  it.each([
    // a round's earlier investors, and the holders of another role, are no market's players
    'Le tour de table est mené par Vendra Capital, tandis que les historiques Brenholt Ventures et Kolstad Invest remettent au pot.',
    'Le tour de table est mené par Vendra Capital, et les actionnaires historiques Brenholt Ventures et Kolstad Invest suivent.',
  ])('%s', (text) => {
    expect(has(text, 'Brenholt Ventures', 'Kolstad Invest')).toBe(false);
  });
});
