/**
 * Day thirty-one, pointers: a sentence whose only companies are one company and the investors that funded or bought
 * it tells that company's story, so the pointer opening the next sentence — a fronted founding phrase's
 * "l'entreprise" / "the company", a possessive title "Son président" / "Its chief executive", "Son fondateur" — is
 * that company, not a fund, a bank, a former owner or the article's buyer (anaphora-backed-company.ts); a quoted
 * speaker's "son directeur général" after a sentence that pointed at one company is that company's (units.ts).
 * Near misses: a deal's financing backs its buyer (the story stays on the company bought), a fund told by "le fonds"
 * after its investment, a sentence naming a third company. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string, title: string | null = null): string[] {
  return relationsOf(text, title).map(typedPair);
}

/** A first paragraph about another company's deal: the article's most salient company is then its buyer. */
const FR_LEAD = "Le groupe Ferralis a racheté l'imprimeur Typo Ouest pour 12 millions d'euros.\n\n";
const EN_LEAD = 'Brenton Group said on Monday it had bought printing firm Calder Press for $30 million.\n\n';

describe('a fronted founding phrase after a sentence telling a company backed', () => {
  it('French: a fund entering the capital, then "Créée en … par P, l\'entreprise"', () => {
    const found = facts(
      FR_LEAD +
        "Le fonds Sarrazin Capital a investi 6 millions d'euros dans Quantelis, un éditeur lyonnais de logiciels de paie. Créée en 2015 à Villeurbanne par Marc Olivier et Inès Perrot, l'entreprise compte 70 salariés.",
    );
    expect(found).toContain('FOUNDED Marc Olivier -> Quantelis');
    expect(found).toContain('FOUNDED Inès Perrot -> Quantelis');
    expect(found).not.toContain('FOUNDED Marc Olivier -> Sarrazin Capital');
    expect(found).not.toContain('FOUNDED Marc Olivier -> Ferralis');
  });

  it('English: a round led by a venture firm, then "Founded in … by P, the company"', () => {
    const found = facts(
      EN_LEAD +
        'Harbor Lane Ventures led a $20 million investment in Brightwell Labs, a Denver maker of soil sensors. Founded in 2016 by Ana Ruiz, the company employs 80 people.',
    );
    expect(found).toContain('FOUNDED Ana Ruiz -> Brightwell Labs');
    expect(found).not.toContain('FOUNDED Ana Ruiz -> Harbor Lane Ventures');
  });

  it('French: a former owner told after the story\'s buyer ("Le sortant, A, qui avait pris le contrôle de Y")', () => {
    const found = facts(
      "Le fonds Orcival Capital prend le contrôle de Vernet Thermique, un fabricant de chaudières industrielles. Le sortant, Groupe Delmas, qui avait pris le contrôle de Vernet Thermique en 2018, cède l'essentiel de ses titres. Fondée en 1972 à Annecy par Paul Vernet, l'entreprise emploie 300 personnes.",
      'Orcival Capital prend le contrôle de Vernet Thermique',
    );
    expect(found).toContain('FOUNDED Paul Vernet -> Vernet Thermique');
    expect(found).not.toContain('FOUNDED Paul Vernet -> Groupe Delmas');
    expect(found).not.toContain('FOUNDED Paul Vernet -> Orcival Capital');
  });

  it("near miss: the deal's financing backs the buyer, and the founding is still the company bought's", () => {
    const found = facts(
      "Le groupe Ferralis a annoncé l'acquisition d'Optelio, un réseau de 40 opticiens bretons. L'opération est financée par une augmentation de capital souscrite par le fonds Loire Partenaires. Créée en 1979 à Vannes par Anne Guivarc'h, la société emploie 210 salariés.",
      'Ferralis rachète Optelio',
    );
    expect(found).toContain("FOUNDED Anne Guivarc'h -> Optelio");
    expect(found).not.toContain("FOUNDED Anne Guivarc'h -> Ferralis");
  });

  it('near miss: "le fonds" after its own investment is the fund, founded by its own founder', () => {
    const found = facts(
      "Le fonds Sarrazin Capital a investi 6 millions d'euros dans Quantelis. Fondé en 2001 par Henri Sarrazin, le fonds gère 400 millions d'euros.",
    );
    expect(found).not.toContain('FOUNDED Henri Sarrazin -> Quantelis');
  });
});

describe('a possessive title opening the sentence after a backing', () => {
  it('French: "Son président, P" is the company funded, not the fund', () => {
    const found = facts(
      FR_LEAD +
        "Trois fonds accompagnent la levée de 9 millions d'euros de Nautigreen : Armor Ventures, qui la mène, Ouessant Capital et Iroise Partenaires. Son président, Loïc Tanguy, vise l'Espagne dès 2027.",
    );
    expect(found).toContain('LEADS Loïc Tanguy -> Nautigreen');
    expect(found).not.toContain('LEADS Loïc Tanguy -> Armor Ventures');
    expect(found).not.toContain('LEADS Loïc Tanguy -> Ferralis');
  });

  it('English: "Its chief executive, P" after a venture firm invested in the company', () => {
    const found = facts(
      EN_LEAD +
        'Northbank Ventures invested $12 million in Tidewell Systems, a maker of harbour sensors. Its chief executive, Grace Moyo, plans to hire 40 engineers.',
    );
    expect(found).toContain('LEADS Grace Moyo -> Tidewell Systems');
    expect(found).not.toContain('LEADS Grace Moyo -> Northbank Ventures');
    expect(found).not.toContain('LEADS Grace Moyo -> Brenton Group');
  });

  it('French: "Son fondateur, P" after a fund took a stake', () => {
    const found = facts(
      FR_LEAD +
        'Le fonds Aubrac Capital a pris une participation minoritaire dans la fromagerie Lozère Lait. Son fondateur, Jean Bastide, reste majoritaire.',
    );
    expect(found).toContain('FOUNDED Jean Bastide -> Lozère Lait');
    expect(found).not.toContain('FOUNDED Jean Bastide -> Aubrac Capital');
  });
  it("near miss: a partner's title is the fund's, not the company it also backed", () => {
    const found = facts(
      EN_LEAD +
        'Westmoor Capital, which manages $2 billion for pension funds, has also backed Sealight, a Dutch maker of marine coatings. Its managing partner, Owen Blake, joins the board of Calder Press.',
    );
    expect(found).not.toContain('LEADS Owen Blake -> Sealight');
  });
});

describe("a quoted speaker's possessive title after a sentence pointing at one company", () => {
  it('French: a quote opening its own paragraph, "indique son directeur général, P", after "…, la société …"', () => {
    const found = facts(
      [
        'Le courtier Assurio a racheté le cabinet Bellerive.',
        "À Grenoble, Cardiolink a bouclé une levée de 10 millions d'euros. Le fonds Dauphiné Capital, qui avait financé l'amorçage de Cardiolink en 2019, en profite pour céder ses titres. Fondée en 2017 par deux médecins, Léa Fontaine et Hugo Marchal, la société affronte Telemedix sur le marché hospitalier.",
        "« Nous allons ouvrir l'Italie », indique son directeur général, Paul Ricard.",
      ].join('\n\n'),
    );
    expect(found).toContain('LEADS Paul Ricard -> Cardiolink');
    expect(found).not.toContain('LEADS Paul Ricard -> Assurio');
  });
});
