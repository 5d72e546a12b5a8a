import { entitiesOf, fundedAfterLead } from './helpers';

/**
 * Day twenty-eight, second funding round: a regional bank of a French banking network named by the network, "de"
 * and its region, or "de Banque" for the CIC's ("le Crédit Mutuel de Bretagne", "le CIC Lyonnaise de Banque";
 * `entities/bank-network-region.ts`); angel investors named after a colon each with a title ("a group of angels:
 * former X executive P, health-tech founder Q and retired surgeon R") and a member after another's long apposition
 * ("among them P, the former chief operating officer of online grocer X, and Q"; `frames/funded-angel-investors.ts`).
 * Sentences written for these tests.
 */

/** FUNDED pairs of a headline, a lead about the company raising, then the sentence read. */
function funded(title: string, lead: string, sentence: string): string[] {
  return fundedAfterLead(title, lead, sentence, '2026-11-29');
}

/** Organisation names of one sentence. */
function orgNames(text: string): string[] {
  return entitiesOf(text)
    .filter((e) => e.type === 'Organization')
    .map((e) => e.name);
}

const FR_TITLE = 'Tramelia lève 9 millions d’euros';
const FR_LEAD =
  "La start-up angevine Tramelia, qui conçoit des vélos-cargos, a annoncé jeudi une levée de 9 millions d'euros.";
const EN_TITLE = 'Corvid Labs raises $14 million';
const EN_LEAD =
  'Corvid Labs, a Denver maker of bird-safe window films, said on Thursday it had raised $14 million.';
const fr = (sentence: string): string[] => funded(FR_TITLE, FR_LEAD, sentence);
const en = (sentence: string): string[] => funded(EN_TITLE, EN_LEAD, sentence);

describe('a regional bank of a banking network keeps its region', () => {
  test('fr: "un prêt consenti par le Crédit Mutuel de Bretagne" funds the company', () => {
    const got = fr(
      "Le solde, soit 3 millions d'euros, provient d'un prêt consenti par le Crédit Mutuel de Bretagne.",
    );
    expect(got).toContain('Crédit Mutuel de Bretagne -> Tramelia');
    expect(got).not.toContain('Crédit Mutuel -> Tramelia');
  });

  test('fr: an elided "d\'" and a region of several words ("Caisse d\'Epargne d\'Auvergne", "de Pays de la Loire")', () => {
    const names = orgNames(
      "Le groupe a signé un crédit avec la Caisse d'Epargne d'Auvergne et le Crédit Agricole de Pays de la Loire.",
    );
    expect(names).toEqual(
      expect.arrayContaining(["Caisse d'Epargne d'Auvergne", 'Crédit Agricole de Pays de la Loire']),
    );
  });

  test('fr: "le CIC Lyonnaise de Banque" is one lender', () => {
    const names = orgNames(
      'Le financement est complété par un prêt du CIC Lyonnaise de Banque et de la Banque de France.',
    );
    expect(names).toContain('CIC Lyonnaise de Banque');
    expect(names).not.toContain('Banque');
  });

  test('near miss: a lower-case word after the network\'s "de" is no region', () => {
    const names = orgNames('Le Crédit Agricole de demain sera numérique, selon la société Fardis.');
    expect(names).toContain('Crédit Agricole');
    expect(names.some((n) => n.startsWith('Crédit Agricole de'))).toBe(false);
  });
});

describe('angel investors named after a colon or a long apposition', () => {
  test('en: "a group of angels: former X executive P, health-tech founder Q and retired surgeon R"', () => {
    const got = en(
      'The round also drew a group of angels: former Salesforce executive Mara Quinlan, health-tech founder Tomas Reyes and retired surgeon Helen Achebe.',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'Mara Quinlan -> Corvid Labs',
        'Tomas Reyes -> Corvid Labs',
        'Helen Achebe -> Corvid Labs',
      ]),
    );
  });

  test('fr: "plusieurs business angels : l\'ancien banquier P, l\'entrepreneuse Q et le chirurgien R"', () => {
    const got = fr(
      "Le tour a aussi attiré plusieurs business angels : l'ancien banquier Rémi Castagne, l'entrepreneuse Odile Ferrand et le chirurgien Bastien Morel.",
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'Rémi Castagne -> Tramelia',
        'Odile Ferrand -> Tramelia',
        'Bastien Morel -> Tramelia',
      ]),
    );
  });

  test('near miss: a relative clause after the first angel names no second angel', () => {
    const got = fr(
      "Le tour a aussi attiré plusieurs business angels : l'ancien banquier Rémi Castagne, dont la fille Odile Ferrand dirige la société Quenza.",
    );
    expect(got).toContain('Rémi Castagne -> Tramelia');
    expect(got).not.toContain('Odile Ferrand -> Tramelia');
  });

  test('en: "among them P, the former chief operating officer of online grocer X, and Q, co-founder of Y"', () => {
    const got = en(
      'Several angel investors joined as well, among them Priya Lowell, the former chief operating officer of online grocer Basketly, and Jonah Fisk, co-founder of payments company Tillwise.',
    );
    expect(got).toEqual(expect.arrayContaining(['Priya Lowell -> Corvid Labs', 'Jonah Fisk -> Corvid Labs']));
    expect(got).not.toContain('Basketly -> Corvid Labs');
  });
});
