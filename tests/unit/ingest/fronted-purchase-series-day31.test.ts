/**
 * Earlier purchases told as a series of nouns whose buyer is the main clause's subject (deals, day thirty-one):
 * a fronted plural noun (ingest/relations/frames/acquired-fronted.ts) "Après les rachats de A en 2021 et de B en
 * 2023, le groupe …", "Following the acquisitions of A and B, the group …"; the adverb "since" after an auxiliary
 * no longer opens a clause (frames/clause.ts `clauseStart`), so "X has since grown through …, following the
 * acquisitions of A, B and C" keeps X as the buyer; and a counted deal followed by earlier purchases told with a
 * singular noun (frames/acquired-after-list.ts) "la troisième acquisition, après le rachat de A en 2024 et de B",
 * "after the purchase in 2024 of A". Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

const acquiredPairs = (text: string): string[] => facts(run(text, '2026-03-02'), 'ACQUIRED').map(pair).sort();

describe('a fronted series of purchases, the buyer after the comma', () => {
  it('French: "Après les rachats de A en 2021 et de B en 2023, le groupe …"', () => {
    expect(
      acquiredPairs(
        "Le groupe nantais Ardelis Industrie reprend la société Pommerel. Après les rachats de Vassonne en 2021 et de Crillat en 2023, le groupe poursuit sa croissance dans l'emballage.",
      ),
    ).toEqual([
      'Ardelis Industrie -> Crillat',
      'Ardelis Industrie -> Pommerel',
      'Ardelis Industrie -> Vassonne',
    ]);
  });

  it('French: a named subject and a descriptor before a member', () => {
    expect(
      acquiredPairs(
        "Après les acquisitions du belge Morvelle et de l'allemand Treuhold, Ardelis Industrie vise désormais l'Espagne.",
      ),
    ).toEqual(['Ardelis Industrie -> Morvelle', 'Ardelis Industrie -> Treuhold']);
  });

  it('English: "Following the acquisitions of A in 2022 and B in 2024, the group …"', () => {
    expect(
      acquiredPairs(
        'Dunmore Plastics Inc makes pipes. Following the acquisitions of Kelso Tubing in 2022 and Arden Valves in 2024, the group employs 4,000 people.',
      ),
    ).toEqual(['Dunmore Plastics Inc -> Arden Valves', 'Dunmore Plastics Inc -> Kelso Tubing']);
  });

  it('English: three members before a named subject', () => {
    expect(
      acquiredPairs(
        'After the purchases of Kelso Tubing, Arden Valves and Brigg Seals, Dunmore Plastics Inc became the largest pipe maker in Ohio.',
      ),
    ).toEqual([
      'Dunmore Plastics Inc -> Arden Valves',
      'Dunmore Plastics Inc -> Brigg Seals',
      'Dunmore Plastics Inc -> Kelso Tubing',
    ]);
  });

  it("near miss: an agent after the list makes them someone else's purchases", () => {
    expect(
      acquiredPairs(
        'After the purchases of Kelso Tubing and Arden Valves by Brigg Holdings, Dunmore Plastics Inc raised its prices.',
      ),
    ).not.toContain('Dunmore Plastics Inc -> Kelso Tubing');
  });

  it('near miss: a regulator after the comma judges the deals, it does not buy them', () => {
    expect(
      acquiredPairs(
        "Après les rachats de Vassonne et de Crillat, l'Autorité de la concurrence a validé les deux opérations.",
      ),
    ).toEqual([]);
  });

  it('near miss: plural talks, no deal noun', () => {
    expect(
      acquiredPairs(
        'Après les discussions avec Vassonne et Crillat, Ardelis Industrie a renoncé à toute opération.',
      ),
    ).toEqual([]);
  });
});

describe('"has since" keeps the subject of its clause', () => {
  it('"X has since grown through …, following the acquisitions of A, B and C"', () => {
    expect(
      acquiredPairs(
        'Dunmore Plastics Inc listed its shares in 2019. Dunmore has since grown through smaller deals, following the acquisitions of Kelso Tubing in 2021, Arden Valves in 2023 and Brigg Seals this year.',
      ),
    ).toEqual([
      'Dunmore Plastics Inc -> Arden Valves',
      'Dunmore Plastics Inc -> Brigg Seals',
      'Dunmore Plastics Inc -> Kelso Tubing',
    ]);
  });

  it('"since" opening a clause still ends the one before it', () => {
    expect(
      acquiredPairs(
        'Brigg Holdings sold its tubing unit in 2020. Since Dunmore Plastics Inc bought Kelso Tubing, prices have risen.',
      ),
    ).toEqual(['Dunmore Plastics Inc -> Kelso Tubing']);
  });
});

describe('a counted deal, then earlier purchases told with a singular noun', () => {
  it('French: "la troisième acquisition, après le rachat de A en 2024 et de B en 2025"', () => {
    expect(
      acquiredPairs(
        "Pour Ardelis Industrie, l'opération est la troisième acquisition en deux ans, après le rachat du normand Vassonne en 2024 et de Crillat en 2025.",
      ),
    ).toEqual(['Ardelis Industrie -> Crillat', 'Ardelis Industrie -> Vassonne']);
  });

  it('English: "Dunmore\'s third acquisition, after the purchase of A in 2024 and of B in 2025"', () => {
    expect(
      acquiredPairs(
        "Dunmore Plastics Inc agreed to buy Brigg Seals on Monday. The deal is Dunmore's third acquisition in two years, after the purchase of Kelso Tubing in 2024 and of Arden Valves in 2025.",
      ),
    ).toEqual([
      'Dunmore Plastics Inc -> Arden Valves',
      'Dunmore Plastics Inc -> Brigg Seals',
      'Dunmore Plastics Inc -> Kelso Tubing',
    ]);
  });
});
