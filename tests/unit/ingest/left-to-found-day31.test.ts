/**
 * Day thirty-one, founders and leaders: a person leaving a company to found another, widened
 * (frames/founders-left-to-found.ts `any.founded.left-to-found`): the feminine and plural participles of "quitter"
 * ("qui l'a quittée en 2019 pour fonder Y"), French "partir fonder" ("est parti en 2021 fonder Y"), English "set
 * up", a trade with no determiner before the name ("to found payments maker Y"), and a founder of the company left
 * ("X co-founder P left in 2019 to start Y": P founded both). Sentences written for these tests.
 */
import { madePairs } from './helpers';

function founded(text: string): string[] {
  return madePairs(text, '2026-11-30', 'FOUNDED');
}

describe('leaving a company to found another', () => {
  it.each([
    [
      "Vernalis a été créée en 2012. Inès Caradec, qui l'a quittée en 2019 pour fonder Mirabel Santé, est médecin.",
      'Inès Caradec -> Mirabel Santé',
    ],
    [
      'Paul Girardin est parti en 2021 fonder Alvéole Énergie, un installateur de pompes à chaleur.',
      'Paul Girardin -> Alvéole Énergie',
    ],
    [
      'Rosa Mendes left Harland Bank in 2016 to set up Tillworth Capital.',
      'Rosa Mendes -> Tillworth Capital',
    ],
    [
      'Kofi Mensah, who left Dunmore Retail in 2018 to found payments maker Clearpath Pay, spoke on Tuesday.',
      'Kofi Mensah -> Clearpath Pay',
    ],
  ])('%s', (text, fact) => {
    expect(founded(text)).toContain(fact);
  });

  it('a co-founder of the company left founded the new one too', () => {
    const facts = founded(
      'Brindle Analytics co-founder Tomas Reyes left in 2020 to start Quarry Data, a survey firm.',
    );
    expect(facts).toEqual(
      expect.arrayContaining(['Tomas Reyes -> Brindle Analytics', 'Tomas Reyes -> Quarry Data']),
    );
  });
});

describe('near misses', () => {
  it('setting a record is no founding', () => {
    expect(founded('Rosa Mendes left Harland Bank in 2016 to set a record with Tillworth Capital.')).toEqual(
      [],
    );
  });

  it('"parti" with no infinitive of founding is a move, not a founding', () => {
    expect(
      founded('Paul Girardin est parti en 2021 chez Alvéole Énergie, un installateur de pompes à chaleur.'),
    ).toEqual([]);
  });

  it('leaving to join a company is no founding', () => {
    expect(founded('Rosa Mendes left Harland Bank in 2016 to join Tillworth Capital.')).toEqual([]);
  });
});
