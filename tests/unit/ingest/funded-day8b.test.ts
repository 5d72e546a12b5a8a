import { sortedPairs } from './frames-test-helpers';

/**
 * Day eight, round two: investors named as members of a group told first ("auprès de business angels, dont P",
 * "parmi lesquels P"), and a relative listing a firm's past investments ("qui a déjà investi dans A, B et C").
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('named members of a group of investors', () => {
  test('"auprès de business angels, dont A et B" credits both people, even with a pointing subject', () => {
    const text =
      "La start-up Pelvio prépare son lancement. La société avait levé 3 millions d'euros auprès de business angels, dont Hélène Corbière et Yann Le Goff.";
    const got = funded(text);
    expect(got).toContain('Hélène Corbière -> Pelvio');
    expect(got).toContain('Yann Le Goff -> Pelvio');
  });

  test('"parmi lesquels P, cofondateur de C": P funds the company, C does not', () => {
    const text =
      "Tarvelo a levé 2 millions d'euros en amorçage auprès de plusieurs business angels, parmi lesquels Marc Dutreuil, cofondateur de l'éditeur Pandolo.";
    const got = funded(text);
    expect(got).toContain('Marc Dutreuil -> Tarvelo');
    expect(got.filter((p) => p.startsWith('Pandolo'))).toEqual([]);
  });

  test('"auprès de ses clients, dont A et B": customers are no investors', () => {
    const text =
      "La start-up Pelvio a levé 3 millions d'euros auprès de ses clients, dont Vendimar et Ostalis.";
    expect(funded(text)).toEqual([]);
  });
});

describe('a relative listing past investments', () => {
  test('"qui a déjà investi dans A, B et la plateforme C" credits every member of the list', () => {
    const text =
      'Le fonds Morvane Capital, qui a déjà investi dans Paltex, Kivaro et la plateforme de paiement Quenzo, mise sur la logistique.';
    const got = funded(text);
    expect(got).toEqual(
      expect.arrayContaining([
        'Morvane Capital -> Paltex',
        'Morvane Capital -> Kivaro',
        'Morvane Capital -> Quenzo',
      ]),
    );
  });

  test('"which has already invested in A, B and C" in English', () => {
    const text =
      'Morvane Capital, which has already invested in Paltex, Kivaro and payments platform Quenzo, is now betting on logistics.';
    expect(funded(text)).toEqual(
      expect.arrayContaining(['Morvane Capital -> Kivaro', 'Morvane Capital -> Quenzo']),
    );
  });

  test('investing in a place is no investment in a company named later', () => {
    const text =
      'Morvane Capital, which has invested in the region for years, opened an office next to Paltex.';
    expect(funded(text)).toEqual([]);
    const fr = 'Morvane Capital, qui a investi dans la région, ouvre un bureau à Lyon, à côté de Paltex.';
    expect(funded(fr)).toEqual([]);
  });
});
