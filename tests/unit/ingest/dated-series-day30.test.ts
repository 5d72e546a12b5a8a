/**
 * A dated series of purchases (deals, day thirty, ingest/relations/gapped-objects.ts `*.acquired.dated-series`): one
 * purchase verb for three or more objects, each with its own time phrase, joined by commas and a last "and/et":
 * "X bought A in 2019, B in 2022 and C last year", "X avait racheté A en 2019, B en 2022 et C l'an dernier". Every
 * member is read, not only the first. Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

const acquiredPairs = (text: string): string[] => facts(run(text, '2026-03-02'), 'ACQUIRED').map(pair).sort();
const datesOf = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED')
    .map((r) => `${r.target} ${r.date}`)
    .sort();

describe('every member of a dated series of purchases', () => {
  it.each([
    'Quillon Systems makes sensors. Quillon bought Arvane Labs in 2018, Beltrix Data in 2021 and Corvel Audio last year.',
    'Quillon Systems makes sensors. Quillon bought Arvane Labs in 2018, Beltrix Data in 2021, and Corvel Audio last year.',
    'Quillon Systems makes sensors. Quillon, which acquired Arvane Labs in 2018, Beltrix Data in 2021 and Danish maker Corvel Audio last year, now employs 900 people.',
  ])('English: %s', (text) => {
    expect(acquiredPairs(text)).toEqual([
      'Quillon Systems -> Arvane Labs',
      'Quillon Systems -> Beltrix Data',
      'Quillon Systems -> Corvel Audio',
    ]);
  });

  it('English: each member keeps its own date', () => {
    expect(
      datesOf(
        'Quillon Systems makes sensors. Quillon bought Arvane Labs in 2018, Beltrix Data in 2021 and Corvel Audio last year.',
      ),
    ).toEqual(['Arvane Labs 2018', 'Beltrix Data 2021', 'Corvel Audio 2025']);
  });

  it('English: four members', () => {
    expect(
      acquiredPairs(
        'Quillon Systems makes sensors. Quillon bought Arvane Labs in 2016, Beltrix Data in 2019, Corvel Audio in 2022 and Dunmore Optics in 2024.',
      ),
    ).toEqual([
      'Quillon Systems -> Arvane Labs',
      'Quillon Systems -> Beltrix Data',
      'Quillon Systems -> Corvel Audio',
      'Quillon Systems -> Dunmore Optics',
    ]);
  });

  it('French: four members', () => {
    expect(
      acquiredPairs(
        'Maréval SA fabrique des emballages. Maréval a racheté Ortilux en 2016, Brévane en 2019, Caldéo en 2021 et Dornac en 2024.',
      ),
    ).toEqual([
      'Maréval SA -> Brévane',
      'Maréval SA -> Caldéo',
      'Maréval SA -> Dornac',
      'Maréval SA -> Ortilux',
    ]);
  });

  it.each([
    'Maréval SA fabrique des emballages. Maréval avait déjà racheté Ortilux en 2019, Brévane en 2022 et Caldéo en 2024.',
    "Maréval SA fabrique des emballages. Maréval a racheté Ortilux en 2019, Brévane en 2022 et le lyonnais Caldéo l'an dernier.",
    'Maréval SA fabrique des emballages. Maréval a repris Ortilux en 2019, Brévane en mars 2022, et Caldéo en 2024.',
  ])('French: %s', (text) => {
    expect(acquiredPairs(text)).toEqual([
      'Maréval SA -> Brévane',
      'Maréval SA -> Caldéo',
      'Maréval SA -> Ortilux',
    ]);
  });

  it("French: a two-member pair closed by « l'an dernier »", () => {
    expect(
      acquiredPairs(
        "Maréval SA fabrique des emballages. Maréval a racheté Ortilux en 2019 et Brévane l'an dernier.",
      ),
    ).toEqual(['Maréval SA -> Brévane', 'Maréval SA -> Ortilux']);
  });
});

describe('near misses: no member after the first', () => {
  it.each([
    // a comparison, not a second purchase
    'Quillon Systems makes sensors. Quillon bought Arvane Labs in 2018, two years after Beltrix Data in 2016.',
    'Quillon Systems makes sensors. Quillon bought Arvane Labs in 2018, while Beltrix Data in 2021 and Corvel Audio last year were sold to rivals.',
    // the second name opens a clause of its own
    'Quillon Systems makes sensors. Quillon bought Arvane Labs in 2018, Beltrix Data in 2021 raised money.',
    'Maréval SA fabrique des emballages. Maréval a racheté Ortilux en 2019, deux ans avant Brévane en 2021.',
    'Maréval SA fabrique des emballages. Maréval a racheté Ortilux en 2019, Brévane en 2022 a levé des fonds.',
  ])('%s', (text) => {
    expect(acquiredPairs(text).filter((p) => !p.endsWith('Arvane Labs') && !p.endsWith('Ortilux'))).toEqual(
      [],
    );
  });

  it.each([
    'Quillon Systems makes sensors. Quillon sold Arvane Labs in 2018, Beltrix Data in 2021 and Corvel Audio last year.',
    'Maréval SA fabrique des emballages. Maréval a cédé Ortilux en 2019, Brévane en 2022 et Caldéo en 2024.',
  ])('a series of sales buys nothing: %s', (text) => {
    expect(acquiredPairs(text)).toEqual([]);
  });
});
