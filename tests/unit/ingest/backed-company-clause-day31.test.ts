/**
 * Day thirty-one, pointers (second round): a backing told in a relative clause on the subject ("X, which bought a
 * stake in Y, welcomed …") or in a reported clause ("X said it raised its stake in Y") leaves the main clause to the
 * investor, so a possessive title opening the next sentence stays the investor's; told by the main verb ("X
 * invested … in Y") it is the company's; a fronted founding phrase's "l'entreprise" is the company's either way
 * (anaphora-backed-company.ts `toldInSubordinateClause`). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string): string[] {
  return relationsOf(text, null).map(typedPair);
}

describe('a backing told in a relative clause on the subject', () => {
  it('English: "Its managing director" stays the fund whose main verb is its own', () => {
    const found = facts(
      'Orlen Textiles plans to sell its yarn unit. Private equity firm Dunmore Capital, which bought a 15% stake in Orlen in 2022, welcomed the sale. Its managing director, Clara Voss, expects a quick process.',
    );
    expect(found).toContain('LEADS Clara Voss -> Dunmore Capital');
    expect(found).not.toContain('LEADS Clara Voss -> Orlen Textiles');
  });

  it('French: "Son président" stays the fund after "qui détient 12 % du capital de Y"', () => {
    const found = facts(
      'Le groupe Verlaine Habitat veut céder sa filiale de chauffage. Le fonds Gévaudan Capital, qui détient 12 % du capital de Verlaine Habitat depuis 2020, approuve la cession. Son président, Hugo Ferrand, espère une vente rapide.',
    );
    expect(found).toContain('LEADS Hugo Ferrand -> Gévaudan Capital');
    expect(found).not.toContain('LEADS Hugo Ferrand -> Verlaine Habitat');
  });

  it('French: a fronted founding phrase is still the company a former owner bought in a relative clause', () => {
    const found = facts(
      "Le groupe Dorval rachète Pyralis. Le vendeur, Roc Capital, qui avait pris le contrôle de Pyralis en 2019, cède toutes ses actions. Fondée en 1990 à Lyon par Jean Pyrard, l'entreprise emploie 80 personnes.",
    );
    expect(found).toContain('FOUNDED Jean Pyrard -> Pyralis');
    expect(found).not.toContain('FOUNDED Jean Pyrard -> Roc Capital');
  });
});

describe('a backing told in a reported clause', () => {
  it('English: "X said it raised its stake in Y. Its chief executive" is the holder\'s', () => {
    const found = facts(
      'Halden Foods said it raised its stake in Pomelia to 15 pct. Its chief executive, Nora Blix, called the stake a long-term bet.',
    );
    expect(found).toContain('LEADS Nora Blix -> Halden Foods');
    expect(found).not.toContain('LEADS Nora Blix -> Pomelia');
  });

  it('French: "X a indiqué qu\'il avait porté sa participation dans Y. Son président" is the holder\'s', () => {
    const found = facts(
      "Le groupe Marcelin a indiqué qu'il avait porté sa participation dans Soléane à 20 %. Son président, Paul Ribes, parle d'un placement de long terme.",
    );
    expect(found).toContain('LEADS Paul Ribes -> Marcelin');
    expect(found).not.toContain('LEADS Paul Ribes -> Soléane');
  });
});

describe('a backing told by the main verb still gives the company', () => {
  it('French: "Le fonds X a investi … dans Y. Son président, P" is Y\'s', () => {
    const found = facts(
      "Le fonds Gévaudan Capital a investi 5 millions d'euros dans Soléane, un fabricant de panneaux solaires. Son président, Paul Ribes, vise l'Italie.",
    );
    expect(found).toContain('LEADS Paul Ribes -> Soléane');
    expect(found).not.toContain('LEADS Paul Ribes -> Gévaudan Capital');
  });

  it('English: "X invested … in Y. Its chief executive, P" is Y\'s', () => {
    const found = facts(
      'Westbay Ventures invested $9 million in Pomelia, a maker of drip sensors. Its chief executive, Nora Blix, plans to hire 30 people.',
    );
    expect(found).toContain('LEADS Nora Blix -> Pomelia');
    expect(found).not.toContain('LEADS Nora Blix -> Westbay Ventures');
  });
});
