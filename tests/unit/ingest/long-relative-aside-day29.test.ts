import { madePairs } from './helpers';

/**
 * Day twenty-nine, funding (second round): a loose gap steps over a relative clause of up to 26 units
 * (`syntax.ts` `appositionEnd`, `MAX_RELATIVE_APPOSITION_UNITS`): a fund's own fund-raising told between its name
 * and its verb ("X, qui a clôturé … auprès de mutuelles et de la Banque des Territoires, compte déjà dans son
 * portefeuille A et B") no longer hides the holder. Other appositions keep their 20 units. Sentences written for
 * these tests.
 */

const funded = (text: string): string[] => madePairs(text, '2026-11-29', 'FUNDED');

describe('a portfolio told after a long relative clause about the holder', () => {
  test('fr: "X, qui a clôturé … auprès de … et de la Banque des Territoires, compte déjà dans son portefeuille A et B"', () => {
    const got = funded(
      "Le fonds Arvel Partenaires, qui a clôturé l'an dernier son troisième véhicule à 250 millions d'euros auprès de mutuelles et de la Banque des Territoires, compte déjà dans son portefeuille Domisol et Vertigo Labs.",
    );
    expect(got).toContain('Arvel Partenaires -> Domisol');
    expect(got).toContain('Arvel Partenaires -> Vertigo Labs');
    // the backer named inside the relative holds nothing
    expect(got).not.toContain('Banque des Territoires -> Domisol');
  });

  test('en: "X, which closed its second fund … with commitments from … and Y, counts A and B among its portfolio companies"', () => {
    const got = funded(
      'Lumen Capital, which closed its second fund at 400 million euros in March of last year with commitments from two insurers and the European Investment Fund, counts Velora and Gridway among its portfolio companies.',
    );
    expect(got).toContain('Lumen Capital -> Velora');
    expect(got).toContain('Lumen Capital -> Gridway');
    expect(got).not.toContain('European Investment Fund -> Velora');
  });

  test('near miss: a relative that never closes before the sentence ends gives the portfolio to nobody inside it', () => {
    const got = funded(
      "Le fonds Arvel Partenaires, qui a clôturé l'an dernier son troisième véhicule auprès de la Banque des Territoires qui compte déjà dans son portefeuille Domisol.",
    );
    expect(got).not.toContain('Arvel Partenaires -> Domisol');
  });
});
