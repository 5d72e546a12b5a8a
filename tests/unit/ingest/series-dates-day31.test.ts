/**
 * Dates in a series of purchases told before their buyer (deals, day thirty-one, second round;
 * ingest/values/deal-date.ts `datesOtherName`): each member keeps the date told right after its own name, not the
 * one nearest the buyer named last ("Après les rachats de A en 2022 et de B en 2024, le groupe …" dated both 2024).
 * Sentences written for these tests.
 */
import { facts, run } from './helpers';

const dated = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED')
    .map((r) => `${r.source} -> ${r.target} ${r.date}`)
    .sort();

describe('each purchase of a fronted series keeps its own date', () => {
  it('French: "Après les rachats de A en 2021 et de B en 2023, le groupe …"', () => {
    expect(
      dated(
        "Le groupe nantais Orvalis Industrie fabrique des convoyeurs. Après les rachats de Tracmeca en 2021 et de Palettis en 2023, le groupe vise désormais l'Allemagne.",
      ),
    ).toEqual(['Orvalis Industrie -> Palettis 2023', 'Orvalis Industrie -> Tracmeca 2021']);
  });

  it('English: "Following the acquisitions of A in 2020 and B in 2024, X …"', () => {
    expect(
      dated(
        'Following the acquisitions of Dunmore Valves in 2020 and Petrel Seals in 2024, Ashgrove Engineering is looking at larger targets.',
      ),
    ).toEqual(['Ashgrove Engineering -> Dunmore Valves 2020', 'Ashgrove Engineering -> Petrel Seals 2024']);
  });

  it('near miss: a buyer named first keeps each object its own date', () => {
    expect(
      dated('Ashgrove Engineering makes valves. In 2017 it bought Dunmore Valves, and Petrel Seals in 2022.'),
    ).toEqual(['Ashgrove Engineering -> Dunmore Valves 2017', 'Ashgrove Engineering -> Petrel Seals 2022']);
  });

  it("near miss: a sale's date is not the seller's own earlier purchase", () => {
    expect(
      dated(
        'Ashgrove Engineering makes valves. Last year it sold Dunmore Valves, which it bought in 2019 from Petrel Seals, to Corran Group.',
      ),
    ).toEqual(['Ashgrove Engineering -> Dunmore Valves 2019', 'Corran Group -> Dunmore Valves 2025']);
  });
});
