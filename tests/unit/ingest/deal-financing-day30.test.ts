/**
 * Day thirty, real wire copy (second round): a lender told as financing a deal ("provided a portion of the deal's
 * financing", "a loan as part of the financing for the deal", "un prêt pour le financement de la transaction") lends
 * to the deal's buyer, whom those words do not name, so the lender rules that guess the borrower from the article
 * (frames/funded-deal-financing.ts, used by `any.funded.lender-verb-topic` and the loan-sentence topic readers)
 * give the article's company nothing. Near misses: a loan with no deal's financing still goes to the round
 * company, and a loan "as part of the deal" (the round itself) is still read. Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function funded(text: string): string[] {
  return facts(run(text, '1987-03-02'), 'FUNDED').map(pair).sort();
}

describe('a lender financing a deal funds no company of the article', () => {
  it("reads no FUNDED from a bank that provided part of the deal's financing", () => {
    const text =
      'Harwell Stores Co said it agreed to sell its Linden Apparel division to an investor group.\n' +
      "Harwell added that the Ohio Valley National Bank provided a portion of the deal's financing.";
    expect(funded(text)).toEqual([]);
  });

  it('reads no FUNDED from a loan given as part of the financing for the deal', () => {
    const text =
      'Harwell Stores Co said it agreed to sell its tools arm to a management group.\n' +
      'Ohio Valley National Bank provided a 2 mln dlr loan as part of the financing for the deal.';
    expect(funded(text)).toEqual([]);
  });

  it('reads no FUNDED from a French loan for the financing of the transaction', () => {
    const text =
      'Le groupe Harmel cède sa branche outillage à ses cadres.\n' +
      "La Banque Populaire accorde un prêt de 2 millions d'euros pour le financement de la transaction.";
    expect(funded(text)).toEqual([]);
  });

  it('near miss: a loan with no deal named still funds the round company', () => {
    const text =
      'Vantor Labs said it raised 5 mln dlrs from Apex Ventures.\n' +
      'Ohio Valley National Bank provided a loan of 2 mln dlrs, Vantor said.';
    expect(funded(text)).toEqual([
      'Apex Ventures -> Vantor Labs',
      'Ohio Valley National Bank -> Vantor Labs',
    ]);
  });

  it('near miss: a loan as part of the deal (the round itself) is still read', () => {
    const text =
      "Vantor Labs a levé 5 millions d'euros auprès d'Apex Ventures.\n" +
      "La Banque Populaire accorde un prêt de 2 millions d'euros dans le cadre de l'opération.";
    expect(funded(text)).toEqual(['Apex Ventures -> Vantor Labs', 'Banque Populaire -> Vantor Labs']);
  });
});
