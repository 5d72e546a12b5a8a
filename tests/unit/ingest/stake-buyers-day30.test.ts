import { fundedAfterLead } from './helpers';

/**
 * Day thirty, funding: the buyer of a holder's minority stake funds the company (`frames/funded-stake-buyers.ts`):
 * "A cède sa participation de 30 % au groupe B", "A a cédé une partie de ses titres à B", "B rachète la participation
 * minoritaire qu'A détenait dans Y", "A est sorti du capital de Y en cédant sa participation à B", "B, qui fait
 * ainsi son entrée au capital de Y", "the family sold a 25% stake in the business to B"; a grant "given" to the
 * company (`frames/funded-lender-verbs.ts`); "la jeune pousse" after a lender is the start-up the article named so
 * (`units-noun-pointers.ts`); a newcomer's apposition naming its owner ("A, le fonds de la coopérative B, fait son entrée
 * au capital") leaves A the investor (`deal-apposed-subject-head.ts`). Sentences written for these tests.
 */

const FR_TITLE = 'Valmorel Robotique lève 12 millions d’euros';
const FR_LEAD =
  "La start-up grenobloise Valmorel Robotique, qui conçoit des bras robotisés pour les laboratoires, a annoncé mardi une levée de 12 millions d'euros auprès du fonds Isère Capital.";
const EN_TITLE = 'Brackwater Foods raises £10 million';
const EN_LEAD =
  'Brackwater Foods, a Leeds maker of oat-based desserts, said on Tuesday it had raised £10 million from Pennine Growth Partners.';
const fr = (sentence: string): string[] => fundedAfterLead(FR_TITLE, FR_LEAD, sentence, '2026-11-30');
const en = (sentence: string): string[] => fundedAfterLead(EN_TITLE, EN_LEAD, sentence, '2026-11-30');

describe('the buyer of a minority stake sold by a holder', () => {
  test('fr: "A cède sa participation de 20 % au fonds B" gives B, not the seller as the company', () => {
    const got = fr(
      'Le fonds Alpes Amorçage, actionnaire depuis 2021, cède sa participation de 20 % au fonds Dauphiné Expansion.',
    );
    expect(got).toContain('Dauphiné Expansion -> Valmorel Robotique');
    expect(got).not.toContain('Dauphiné Expansion -> Alpes Amorçage');
  });

  test('fr: "a cédé une partie de ses titres à B"', () => {
    const got = fr(
      'À cette occasion, le fonds Alpes Amorçage a cédé une partie de ses titres à Chartreuse Gestion.',
    );
    expect(got).toContain('Chartreuse Gestion -> Valmorel Robotique');
  });

  test('fr: "une participation de 30 % de la société au fonds B" names the company by a pointer', () => {
    const got = fr(
      'Son fondateur avait cédé en 2020 une participation de 30 % de la société au fonds Vercors Participations.',
    );
    expect(got).toContain('Vercors Participations -> Valmorel Robotique');
  });

  test('fr: "B rachète la participation minoritaire de 15 % qu’A détenait dans Y"', () => {
    const got = fr(
      "Parallèlement, le fonds Belledonne Invest rachète la participation minoritaire de 15 % qu'Oisans Gestion détenait dans Valmorel Robotique depuis 2019.",
    );
    expect(got).toContain('Belledonne Invest -> Valmorel Robotique');
  });

  test('fr: "A est sorti du capital de Y, …, en cédant sa participation à B" funds the company left', () => {
    const got = fr(
      "Enfin, le fonds Alpes Amorçage est sorti du capital de l'éditeur Trièves Logiciels, qu'il soutenait depuis 2016, en cédant sa participation de 25 % au groupe Matheysine.",
    );
    expect(got).toContain('Matheysine -> Trièves Logiciels');
    expect(got).not.toContain('Matheysine -> Valmorel Robotique');
  });

  test('fr: "B, qui fait ainsi son entrée au capital de Y" (an adverb before the entry)', () => {
    const got = fr(
      'Le fonds Alpes Amorçage vend ses titres au fonds Chambéry Croissance, qui fait ainsi son entrée au capital de Valmorel Robotique.',
    );
    expect(got).toContain('Chambéry Croissance -> Valmorel Robotique');
  });

  test('en: "the family sold a 25% stake in the business to investor B"', () => {
    const got = en(
      'The founding family had sold a 25% stake in the business to York-based investor Ouse Capital in 2019.',
    );
    expect(got).toContain('Ouse Capital -> Brackwater Foods');
  });

  test('near miss fr: a majority stake sold is a purchase, not a funding', () => {
    const got = fr(
      "Le fonds Alpes Amorçage cède sa participation de 70 % au groupe Matheysine, qui prend ainsi le contrôle de l'entreprise.",
    );
    expect(got).not.toContain('Matheysine -> Valmorel Robotique');
  });

  test('near miss fr: selling its whole holding with no size or part named is left to the deal rules', () => {
    const got = fr("La famille Morel cède l'intégralité de ses parts au groupe Matheysine.");
    expect(got).not.toContain('Matheysine -> Valmorel Robotique');
  });
});

describe('a holder told by its percentage then selling', () => {
  test('fr: "A, qui détient 35 % du capital depuis 2017, cédera une partie de ses titres" (the "%" read as a word)', () => {
    const got = fr(
      'Le fonds Alpes Amorçage, qui détient 35 % du capital depuis 2017, cédera une partie de ses titres.',
    );
    expect(got).toContain('Alpes Amorçage -> Valmorel Robotique');
  });
});

describe('a newcomer whose apposition names its owner', () => {
  test('fr: "A, le fonds de la coopérative B, fait son entrée au capital" gives A, not the owner B', () => {
    const got = fr(
      "Chambéry Ventures, le fonds d'investissement de la coopérative agricole Coop Savoie, fait son entrée au capital à cette occasion.",
    );
    expect(got).toContain('Chambéry Ventures -> Valmorel Robotique');
    expect(got).not.toContain('Coop Savoie -> Valmorel Robotique');
  });

  test('near miss fr: a name after a noun complement before the comma is no subject head', () => {
    const got = fr(
      'Le principal actionnaire de Valmorel Robotique, Chambéry Ventures, fait son entrée au capital de Coop Savoie.',
    );
    expect(got).not.toContain('Valmorel Robotique -> Coop Savoie');
  });
});

describe('a grant given to the company', () => {
  test('en: "X gave the company a £750,000 grant"', () => {
    expect(en('Innovate UK gave the company a £750,000 grant in 2022 to build a pilot line.')).toContain(
      'Innovate UK -> Brackwater Foods',
    );
  });

  test('near miss en: "gave the company a new range of desserts" tells no money', () => {
    expect(en('Its chef gave the company a new range of desserts in 2022.')).toEqual([
      'Pennine Growth Partners -> Brackwater Foods',
    ]);
  });
});

describe('"la jeune pousse" after a lender is the start-up, not the lender', () => {
  test('fr: "Bpifrance …, tandis que la banque B accorde à la jeune pousse un prêt"', () => {
    const got = fr(
      "Bpifrance complète le tour avec une avance remboursable de 1 million d'euros, tandis que la Banque Populaire Alpes accorde à la jeune pousse un prêt de 800 000 euros.",
    );
    expect(got).toContain('Banque Populaire Alpes -> Valmorel Robotique');
    expect(got).not.toContain('Banque Populaire Alpes -> Bpifrance');
  });
});
