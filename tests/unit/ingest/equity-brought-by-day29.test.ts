import { fundedAfterLead } from './helpers';

/**
 * Day twenty-nine, funding (second round): the round's equity told with its providers after a passive participle
 * (`frames/funded-round-parties.ts` `fr.funded.equity-brought-by`, `en.funded.equity-provided-by`), the equity twin
 * of `fr.funded.loan-granted-by`: "15 millions d'euros de fonds propres, apportés par son actionnaire A, qui remet
 * au pot, et par le fonds B", "The equity is provided by A and B". Sentences written for these tests.
 */

const FR_TITLE = 'Kerlivio boucle un financement de 40 millions d’euros';
const FR_LEAD =
  "La biscuiterie bretonne Kerlivio a annoncé mardi un financement de 40 millions d'euros pour doubler sa capacité.";
const EN_TITLE = 'Tallowbrook raises $40 million';
const EN_LEAD =
  'Tallowbrook, a Vermont maker of plant-based cheeses, said on Tuesday it had raised $40 million.';
const fr = (sentence: string): string[] => fundedAfterLead(FR_TITLE, FR_LEAD, sentence, '2026-11-29');
const en = (sentence: string): string[] => fundedAfterLead(EN_TITLE, EN_LEAD, sentence, '2026-11-29');

describe('the equity of a round and its providers', () => {
  test('fr: "fonds propres, apportés par son actionnaire A, qui remet au pot, et par le fonds B" gives both', () => {
    const got = fr(
      "Le montage associe 12 millions d'euros de fonds propres, apportés par son actionnaire minoritaire Ouest Croissance, qui remet au pot, et par le fonds régional Armor Capital, ainsi qu'une dette senior de 28 millions d'euros.",
    );
    expect(got).toContain('Ouest Croissance -> Kerlivio');
    expect(got).toContain('Armor Capital -> Kerlivio');
  });

  test('fr: "les fonds propres sont apportés par A et B" gives both', () => {
    const got = fr('Les fonds propres sont apportés par Ouest Croissance et Armor Capital.');
    expect(got).toContain('Ouest Croissance -> Kerlivio');
    expect(got).toContain('Armor Capital -> Kerlivio');
  });

  test('en: "The equity is provided by A and B" gives both', () => {
    const got = en('The equity is provided by Green Meadow Partners and Lakeshore Growth.');
    expect(got).toContain('Green Meadow Partners -> Tallowbrook');
    expect(got).toContain('Lakeshore Growth -> Tallowbrook');
  });

  test('en: "The equity portion, provided by A, which already owns 20 percent, and by B" gives both', () => {
    const got = en(
      'The equity portion, provided by Green Meadow Partners, which already owns 20 percent, and by Lakeshore Growth, totals $25 million.',
    );
    expect(got).toContain('Green Meadow Partners -> Tallowbrook');
    expect(got).toContain('Lakeshore Growth -> Tallowbrook');
  });

  test('near miss: "fonds propres" with no provider after the participle names nobody', () => {
    const got = fr(
      "Les fonds propres apportés l'an dernier ont permis d'ouvrir une usine à Lamballe, selon Armor Capital.",
    );
    expect(got).not.toContain('Armor Capital -> Kerlivio');
  });

  test('near miss: figures "provided by" a firm, with no equity noun, fund nothing', () => {
    const got = en('The figures were provided by research firm Lakeshore Analytics.');
    expect(got).not.toContain('Lakeshore Analytics -> Tallowbrook');
  });
});
