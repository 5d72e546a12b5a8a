import { sortedPairs } from './frames-test-helpers';
import { extractArticle } from '../../../ingest/extract';

/**
 * Day nine's third funding round: every member of a list of an investor's earlier bets, told as a past
 * investment repeated with "dans" ("avait déjà investi dans A et dans B") or as what its portfolio already holds
 * ("qui compte déjà dans son portefeuille A, B et la plateforme C").
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('a past investment told with "dans" said again', () => {
  test('"avait déjà investi dans A et dans la plateforme de mutuelles B" funds both', () => {
    const text =
      "Octant Ventures avait déjà investi dans l'assureur Brivane et dans la plateforme de mutuelles Soléor.";
    const got = funded(text);
    expect(got).toContain('Octant Ventures -> Brivane');
    expect(got).toContain('Octant Ventures -> Soléor');
  });

  test('a descriptor whose noun has its own complement still opens the second member', () => {
    const text =
      "Le fonds Pradelle Capital a déjà investi dans la marque Tissora et dans la plateforme de garde d'animaux Caniflo.";
    expect(funded(text)).toContain('Pradelle Capital -> Caniflo');
  });

  test('a purchase then a time phrase with "dans" names no second company bought or funded', () => {
    const text = 'Octant Ventures a racheté Brivane et dans la foulée Soléor.';
    expect(funded(text)).not.toContain('Octant Ventures -> Soléor');
  });

  test('a plain present investment keeps to its first name: a place after "et dans" is no company', () => {
    const text = 'Octant Ventures investit dans Brivane et dans la région Occitanie.';
    expect(funded(text).filter((p) => p.startsWith('Octant Ventures ->'))).toEqual([
      'Octant Ventures -> Brivane',
    ]);
  });
});

describe("what an investor's portfolio already holds", () => {
  test('"A, qui compte déjà dans son portefeuille B, C et la plateforme D" funds all three', () => {
    const text =
      'Lindqvist Partners, qui compte déjà dans son portefeuille Moravo, Quillet et la plateforme de location Tendora, signe là son premier investissement en Espagne.';
    const got = funded(text);
    expect(got).toContain('Lindqvist Partners -> Moravo');
    expect(got).toContain('Lindqvist Partners -> Quillet');
    expect(got).toContain('Lindqvist Partners -> Tendora');
  });

  test('clients counted in a portfolio of customers are no investments', () => {
    const text =
      'Lindqvist Partners, qui compte déjà parmi ses clients Moravo et Quillet, ouvre un bureau à Madrid.';
    expect(funded(text)).toEqual([]);
  });

  test('a company that holds its own brands in a portfolio of products funds none of them', () => {
    const text = 'Lindqvist Partners compte déjà dans son catalogue Moravo et Quillet.';
    expect(funded(text)).toEqual([]);
  });
});

describe("a portfolio's holdings take no round told before them", () => {
  const round = 'Caniflo lève 25 millions de livres auprès de Lindqvist Partners. ';
  const portfolio =
    'Lindqvist Partners, qui compte déjà dans son portefeuille Moravo, Quillet et la plateforme de location Tendora, signe là son deuxième investissement.';

  function amountOf(text: string, target: string): number | null | undefined {
    const fact = extractArticle({
      file: 'portfolio.txt',
      text,
      title: null,
      published: '2026-03-02',
    }).relations.find((r) => r.type === 'FUNDED' && r.target === target);
    return fact === undefined ? undefined : fact.amount;
  }

  test("the round's own investor keeps the round's amount", () => {
    expect(amountOf(round + portfolio, 'Caniflo')).toBe(25_000_000);
  });

  test('a company the portfolio already held gets no amount from the round before', () => {
    expect(amountOf(round + portfolio, 'Moravo')).toBeNull();
  });
});
