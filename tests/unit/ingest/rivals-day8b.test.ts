import { facts, run } from './helpers';

/**
 * Rivalry leftovers of the eighth day's second round: an adverb between "face" and its particle, a fight over a
 * market's prize told before the rivals ("fights for customers with A"), and pressure from rivals listed after
 * their noun ("squeezed by larger rivals such as A"); each with the look-alike wordings that are no rivalry.
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

describe('an adverb between "face" and its particle', () => {
  it.each([
    'Le papetier Norvala a publié ses comptes. Norvala conserve une part de 8 % face notamment à Brimwick et à Saltera.',
    'Le papetier Norvala a publié ses comptes. Norvala résiste face surtout aux géants Brimwick et Saltera.',
  ])('%s', (text) => {
    expect(has(text, 'Norvala', 'Brimwick')).toBe(true);
    expect(has(text, 'Norvala', 'Saltera')).toBe(true);
  });

  it('does not read a face lost to a demand as a rival', () => {
    const text =
      'Le papetier Norvala a publié ses comptes. Norvala a renoncé face notamment aux exigences du fisc.';
    expect(rivals(text)).toEqual([]);
  });
});

describe('a fight over a market prize told before the rivals', () => {
  it.each([
    'The Lyon app maker Norvala grew fast. Norvala now fights for customers with Brimwick and Saltera.',
    'The Lyon app maker Norvala grew fast. The studio battles for market share against Brimwick and Saltera in Spain.',
  ])('%s', (text) => {
    expect(has(text, 'Norvala', 'Brimwick')).toBe(true);
    expect(has(text, 'Norvala', 'Saltera')).toBe(true);
  });

  it.each([
    'The Lyon app maker Norvala grew fast. Norvala fights for survival with Brimwick and Saltera as lenders.',
    'The Lyon app maker Norvala grew fast. Norvala did not fight for customers with Brimwick.',
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Norvala', 'Brimwick')).toBe(false);
  });
});

describe('pressure from rivals listed after their noun', () => {
  it.each([
    'The Oslo carrier Norvala reported a loss. Norvala has been squeezed by larger rivals such as Brimwick and Saltera.',
    'Le transporteur Norvala a publié une perte. Norvala est bousculé par des concurrents comme Brimwick et Saltera.',
  ])('%s', (text) => {
    expect(has(text, 'Norvala', 'Brimwick')).toBe(true);
    expect(has(text, 'Norvala', 'Saltera')).toBe(true);
  });

  it('does not take the pressing rivals for rivals of one another', () => {
    const text =
      'The Oslo carrier Norvala reported a loss. Norvala has been squeezed by larger rivals such as Brimwick and Saltera.';
    expect(has(text, 'Brimwick', 'Saltera')).toBe(false);
  });

  it.each([
    'The Oslo carrier Norvala reported a loss. Norvala has been squeezed by suppliers such as Brimwick and Saltera.',
    'The Oslo carrier Norvala reported a loss. Norvala has been hit by costs at partners such as Brimwick and Saltera.',
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Norvala', 'Brimwick')).toBe(false);
  });
});

describe('a company standing far behind the leaders', () => {
  it('reads "reste loin derrière A et B" as a market position', () => {
    const text =
      'Le groupe Norvala a publié ses comptes. Sur son marché, Norvala reste loin derrière les géants Brimwick et Saltera.';
    expect(has(text, 'Norvala', 'Brimwick')).toBe(true);
    expect(has(text, 'Norvala', 'Saltera')).toBe(true);
  });

  it('does not read a place far behind a building as a rank', () => {
    const text =
      "Le groupe Norvala a publié ses comptes. Le siège de Norvala se trouve loin derrière l'usine Brimwick.";
    expect(has(text, 'Norvala', 'Brimwick')).toBe(false);
  });
});

describe('confronted with, keeping pace with', () => {
  it.each([
    [
      'Le cimentier Rochebrune publie ses comptes. Sur le rayon du vrac, Rochebrune est confronté à Marvelle et à Ostrand.',
      'Ostrand',
    ],
    [
      'Rochebrune Cement posted results. Rochebrune Cement struggled to keep pace with Marvelle and Ostrand.',
      'Marvelle',
    ],
  ])('%s', (text, rival) => {
    expect(rivals(text).some((p) => p.includes('Rochebrune') && p.includes(rival))).toBe(true);
  });

  it.each([
    'Le cimentier Rochebrune publie ses comptes. Rochebrune est confronté à une hausse des coûts, selon Marvelle.',
    'Rochebrune Cement posted results. Rochebrune Cement kept pace with demand, its banker Marvelle said.',
  ])('names no rival: %s', (text) => {
    expect(rivals(text).some((p) => p.includes('Marvelle'))).toBe(false);
  });
});
