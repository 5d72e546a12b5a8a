import { scoredFactsAfterLead } from './helpers';

/**
 * Day sixteen, FUNDED: cornerstone / anchor investors of a listing (`frames/funded-cornerstones.ts`), debt paper
 * "bought by" named investors (`frames/funded-bought-issues.ts`), a sum inside "remet … au pot"
 * (`frames/funded-follow-ons.ts`), a second giver of a second money noun (`frames/funded-second-source.ts`) and
 * money put into a site of the investor's own, whose place is no company (`frames/funded-facility.ts`).
 */

const FR_TITLE = 'Cardionyx lève 42 millions d’euros en Bourse';
const FR_LEAD =
  "La medtech rennaise Cardionyx a levé 42 millions d'euros lors de son introduction en Bourse.";
const EN_TITLE = 'Aeroskarn raises $310 million in IPO';
const EN_LEAD =
  'Aeroskarn, a Norwegian drone maker, raised $310 million in its initial public offering on Wednesday.';

/** The FUNDED facts of the last sentence (scored statuses only), after a headline and a lead on the raise. */
function fundedIn(sentence: string, fr: boolean): string[] {
  return fr
    ? scoredFactsAfterLead('FUNDED', sentence, FR_TITLE, FR_LEAD)
    : scoredFactsAfterLead('FUNDED', sentence, EN_TITLE, EN_LEAD);
}

describe('cornerstone and anchor investors of a listing', () => {
  test.each([
    [
      'Kongsberg Gruppen and pension fund KLP agreed to buy $90 million of shares in the offering as cornerstone investors.',
      ['KLP -> Aeroskarn', 'Kongsberg Gruppen -> Aeroskarn'],
    ],
    [
      'Abu Dhabi sovereign wealth fund Mubadala also committed to subscribe for $25 million of stock.',
      ['Mubadala -> Aeroskarn'],
    ],
    [
      'Novo Holdings and Temasek have agreed to purchase up to $60 million of stock in the IPO.',
      ['Novo Holdings -> Aeroskarn', 'Temasek -> Aeroskarn'],
    ],
    ['Norges Bank signed up as a cornerstone investor in the listing.', ['Norges Bank -> Aeroskarn']],
  ])('en: %s', (sentence, expected) => {
    expect(fundedIn(sentence, false)).toEqual(expected);
  });

  test.each([
    [
      "L'opération a été sécurisée par trois investisseurs d'ancrage, le laboratoire Servier, la société de gestion Vatel Capital et le fonds Ouest Croissance.",
      ['Ouest Croissance -> Cardionyx', 'Servier -> Cardionyx', 'Vatel Capital -> Cardionyx'],
    ],
    [
      "Servier et Vatel Capital se sont engagés à souscrire 10 millions d'euros à l'introduction en Bourse.",
      ['Servier -> Cardionyx', 'Vatel Capital -> Cardionyx'],
    ],
    ["Servier s'est engagé à souscrire à hauteur de 5 millions d'euros.", ['Servier -> Cardionyx']],
    [
      "Le fonds Ouest Croissance interviendra en tant qu'investisseur d'ancrage.",
      ['Ouest Croissance -> Cardionyx'],
    ],
  ])('fr: %s', (sentence, expected) => {
    expect(fundedIn(sentence, true)).toEqual(expected);
  });

  test.each([
    // a share buy with no listing told is a stake purchase, not a cornerstone order
    'Fidelity agreed to buy 5 million shares of Tesla.',
    // walked away: not a made deal
    'Saab had agreed to buy shares in the offering but walked away.',
  ])('not a cornerstone: %s', (sentence) => {
    expect(fundedIn(sentence, false)).toEqual([]);
  });

  test('fr: a denied commitment funds nothing', () => {
    expect(
      fundedIn("Servier ne s'est pas engagé à souscrire à l'opération, selon nos informations.", true),
    ).toEqual([]);
  });
});

describe('debt paper bought by named investors', () => {
  test.each([
    [
      'In 2024 Aeroskarn issued $120 million of convertible bonds, which were bought by Norwegian insurer Storebrand and hedge fund Lansdowne Partners.',
      ['Lansdowne Partners -> Aeroskarn', 'Storebrand -> Aeroskarn'],
      false,
    ],
    [
      'Aeroskarn sold $50 million of notes last year that were snapped up by Storebrand.',
      ['Storebrand -> Aeroskarn'],
      false,
    ],
    [
      "Cardionyx a émis en mars des obligations convertibles pour 8 millions d'euros, achetées par le fonds Kreaxi.",
      ['Kreaxi -> Cardionyx'],
      true,
    ],
  ])('%s', (sentence, expected, fr) => {
    expect(fundedIn(sentence, fr)).toEqual(expected);
  });

  test('a rating agency is no buyer', () => {
    expect(fundedIn("Aeroskarn issued $50 million of bonds, which were rated by Moody's.", false)).toEqual(
      [],
    );
  });
});

describe('a sum inside "remet … au pot"', () => {
  test.each([
    ['Le fonds Kurma remet 500 000 euros au pot.', ['Kurma -> Cardionyx']],
    ['Kurma et Irdi remettent 2,5 M€ au pot.', ['Irdi -> Cardionyx', 'Kurma -> Cardionyx']],
    [
      "Le groupe Vendôme Participations remet 5 millions d'euros au pot.",
      ['Vendôme Participations -> Cardionyx'],
    ],
  ])('%s', (sentence, expected) => {
    expect(fundedIn(sentence, true)).toEqual(expected);
  });

  test('another idiom of "remettre" funds nothing', () => {
    expect(fundedIn('Kurma remet les compteurs à zéro.', true)).toEqual([]);
  });
});

describe('a second giver of a second money noun', () => {
  test.each([
    [
      'On top of the equity, Aeroskarn has secured a £3 million loan from HSBC UK and a £1.2 million grant from Innovate UK.',
      ['HSBC UK -> Aeroskarn', 'Innovate UK -> Aeroskarn'],
      false,
    ],
    [
      'Aeroskarn received a grant from Innovate UK and a loan from HSBC UK.',
      ['HSBC UK -> Aeroskarn', 'Innovate UK -> Aeroskarn'],
      false,
    ],
    [
      "Cardionyx a obtenu un prêt de 3 millions d'euros auprès de la Société Générale et une subvention de 1 million d'euros auprès de la Région Bretagne.",
      ['Région Bretagne -> Cardionyx', 'Société Générale -> Cardionyx'],
      true,
    ],
  ])('%s', (sentence, expected, fr) => {
    expect(fundedIn(sentence, fr)).toEqual(expected);
  });

  test('advice is no money', () => {
    expect(fundedIn('Aeroskarn secured a loan from HSBC UK and advice from Deloitte.', false)).toEqual([
      'HSBC UK -> Aeroskarn',
    ]);
  });
});

describe("money put into a site of the investor's own", () => {
  test.each([
    ['Bühler is investing $40 million in a new plant in Ohio.', false],
    [
      'Bühler, which is investing 40 million Swiss francs in a new research centre in Uzwil, has taken stakes in four food start-ups since 2023.',
      false,
    ],
    ["Servier investit 300 millions d'euros dans une nouvelle usine à Gidy.", true],
  ])('funds no place: %s', (sentence, fr) => {
    expect(fundedIn(sentence, fr)).toEqual([]);
  });

  test.each([
    [
      'Bühler invested $40 million in Quantum Systems to build a new plant in Munich.',
      ['Bühler -> Quantum Systems'],
      false,
    ],
    [
      "Servier investit 30 millions d'euros dans Implicity pour construire une usine à Gidy.",
      ['Servier -> Implicity'],
      true,
    ],
  ])('a company named before the site is still funded: %s', (sentence, expected, fr) => {
    expect(fundedIn(sentence, fr)).toEqual(expected);
  });
});
