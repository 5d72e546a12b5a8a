/**
 * Day twenty-seven, French press, second round: a name brought in by "au" after a stake bought is its seller, not
 * the company bought (frames/acquired.ts `objectOfVerb`); an investor named as the holder of the remainder keeps a
 * funding however large the other holder's stake (frames/funded-misread.ts); a parenthesis after the subject does
 * not end its clause (frames/clause-aside.ts); more trade nouns of the regional press point back at the company
 * introduced with them (anaphora-sector-nouns.ts). Sentences written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import { typedPair } from './helpers';

function deals(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map(typedPair)
    .sort();
}

describe('a stake bought "au fonds Z": Z sells', () => {
  it.each([
    'Le groupe Solvéa rachète 100 % de son capital au fonds Armorique Invest, entré en 2019.',
    'Le groupe Solvéa a racheté 40 % du capital au fonds Armorique Invest.',
  ])('%s', (text) => {
    expect(deals(text)).not.toContain('ACQUIRED Solvéa -> Armorique Invest');
  });

  it('still reads the company named after the stake as bought', () => {
    expect(
      deals('Le groupe Solvéa a racheté 60 % du capital de Tecmar au fonds Armorique Invest.'),
    ).toContain('ACQUIRED Solvéa -> Tecmar');
  });
});

describe('an investor holding the remainder of a buy-out funds it', () => {
  it.each([
    [
      "Le fonds Ouest Croissance accompagne la transmission de la Fromagerie Kervel à son directeur général, dans le cadre d'un MBO où ce dernier prend 65 % du capital, le solde revenant à Ouest Croissance.",
      35,
    ],
    [
      'Le fonds Ouest Croissance accompagne le MBO de la Fromagerie Kervel, dont les cadres prennent 80 % du capital, le reste étant détenu par le fonds Ouest Croissance.',
      20,
    ],
  ])('%s', (text, remainder) => {
    const facts = relationsOf(text).filter((r) => r.source === 'Ouest Croissance');
    expect(facts.map((r) => `${r.type} ${r.target} ${r.stake}`)).toEqual([
      `FUNDED Fromagerie Kervel ${remainder}`,
    ]);
  });

  it('near miss: the fund that takes the majority itself still buys', () => {
    expect(
      deals('Le fonds Ouest Croissance entre au capital de la Fromagerie Kervel à hauteur de 70 %.'),
    ).toContain('ACQUIRED Ouest Croissance -> Fromagerie Kervel');
  });
});

describe('a parenthesis after the subject does not end its clause', () => {
  it('reads the leaning company before the aside', () => {
    expect(
      deals(
        "Le groupe Talvern (420 salariés, 80 millions d'euros de chiffre d'affaires) s'est adossé en 2021 à Bpifrance et au fonds Ouest Capital, entrés à son capital de façon minoritaire.",
      ),
    ).toEqual(['FUNDED Bpifrance -> Talvern', 'FUNDED Ouest Capital -> Talvern']);
  });

  it('reads the buyer before the aside', () => {
    expect(
      deals('Le groupe Talvern (420 salariés) a racheté en 2021 le fabricant nantais Berlec.'),
    ).toContain('ACQUIRED Talvern -> Berlec');
  });

  it('near miss: a name inside the aside is no subject', () => {
    const got = deals(
      "Le chiffre d'affaires (dont 30 % chez Renault) a progressé après le rachat de Berlec.",
    );
    expect(got.filter((d) => d.startsWith('ACQUIRED Renault'))).toEqual([]);
  });
});

describe('trade nouns of the regional press point at the company introduced with them', () => {
  it.each([
    [
      "Le cartonnier Embalix a repris l'usine de Cholet en 2024. Le cartonnier choletais mise désormais sur les petites séries.",
      'Embalix',
      'cartonnier',
    ],
    [
      "Le salaisonnier Maison Quéré emploie 140 personnes. Le salaisonnier vendéen vise l'export.",
      'Maison Quéré',
      'salaisonnier',
    ],
    [
      'The steelmaker Varrok Steel employs 900 people. The steelmaker plans two new plants.',
      'Varrok Steel',
      'steelmaker',
    ],
  ])('%s', (text, company, noun) => {
    const second = articleUnits(text)[1];
    expect(second).toContain(`[*${company}]`);
    expect(second.toLowerCase()).not.toContain(`${noun} [`);
  });

  it('near miss: the noun points at the company it introduced, not another one', () => {
    const text =
      "Le cartonnier Embalix et la distillerie Vallon ont signé un contrat. Le cartonnier choletais en attend 2 millions d'euros.";
    expect(articleUnits(text)[1]).toContain('[*Embalix]');
    expect(articleUnits(text)[1]).not.toContain('[*Vallon]');
  });
});
