import { run } from './helpers';

function names(text: string): string[] {
  return run(text).entities.map((e) => e.name);
}

/** "and" inside wire-copy company names: a tail of company words only completes the name before it. */
describe('company names joined over "and"', () => {
  it('keeps a tail of a company word and a legal form in the name', () => {
    expect(names('Western Atlas Management and Holding Inc said it bought Brightwater Pumps Inc.')).toContain(
      'Western Atlas Management and Holding Inc',
    );
  });

  it('keeps "Savings and Loan Association" whole after a name that reads whole already', () => {
    expect(names('Financial Trust Savings and Loan Association said it sold two branches.')).toContain(
      'Financial Trust Savings and Loan Association',
    );
  });

  it('leaves a tail without a legal form that may name a firm of its own apart', () => {
    const found = names('Meridian Capital and Partners Group invested in Halvorsen Tool Corp.');
    expect(found).not.toContain('Meridian Capital and Partners Group');
  });

  it('takes a lower-case "co" as the legal form that closes a name', () => {
    expect(names('Halvorsen co said it agreed to sell its pump unit to Brenlow Industries Inc.')).toContain(
      'Halvorsen co',
    );
  });

  it('keeps a German limited partnership form whole ("GmbH and Co KG", "GmbH & Co KG")', () => {
    expect(names('Feldmann Mühlen GmbH and Co KG said Brenlow Industries Inc would take it over.')).toContain(
      'Feldmann Mühlen GmbH and Co KG',
    );
    expect(names('Ostrander Logistik GmbH & Co KG bought Halvorsen Tool Corp.')).toContain(
      'Ostrander Logistik GmbH & Co KG',
    );
  });

  it('still parts two companies joined by "and" when the second has a name of its own', () => {
    const found = names('Halvorsen Tool Corp and Brenlow Industries Inc agreed to combine.');
    expect(found).toEqual(expect.arrayContaining(['Halvorsen Tool Corp', 'Brenlow Industries Inc']));
  });
});
