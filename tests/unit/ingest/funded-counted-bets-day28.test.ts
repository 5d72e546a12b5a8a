import { fundedAfterLead } from './helpers';

/**
 * Day twenty-eight, second funding round: an investor's earlier bets told as a counted set of companies, then the
 * named examples ("X has backed several automation companies, including A", "X, which is led by P, has taken
 * minority stakes in three biotech companies this year, including B", "X a investi dans une dizaine de start-up
 * industrielles, dont A et B"; `frames/funded-past-backings.ts`). Sentences written for these tests.
 */

/** FUNDED pairs of a headline, a lead about the company raising, then the sentence read. */
function funded(title: string, lead: string, sentence: string): string[] {
  return fundedAfterLead(title, lead, sentence, '2026-11-29');
}

const EN_TITLE = 'Palletry raises $18 million';
const EN_LEAD =
  'Palletry, a Sheffield maker of warehouse scheduling software, has raised $18 million from Oakbridge Ventures.';
const FR_TITLE = 'Brivane lève 6 millions d’euros';
const FR_LEAD = "La start-up grenobloise Brivane lève 6 millions d'euros auprès du fonds Alpes Croissance.";
const en = (sentence: string): string[] => funded(EN_TITLE, EN_LEAD, sentence);
const fr = (sentence: string): string[] => funded(FR_TITLE, FR_LEAD, sentence);

describe('an investor’s counted bets and their named examples', () => {
  test('en: an aside before the verb ("X, which manages $2 billion, has backed several … companies, including A")', () => {
    const got = en(
      'Oakbridge, which manages $2 billion, has backed several logistics companies, including Danish routing software maker Rutefin.',
    );
    expect(got).toContain('Oakbridge Ventures -> Rutefin');
  });

  test('en: stakes taken, a name inside the aside ("which is led by P, has taken minority stakes in three … companies this year, including A and B")', () => {
    const got = en(
      'Oakbridge, which is led by Carla Jennings, has taken minority stakes in three freight companies this year, including Haulvia and Dockstream.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Oakbridge Ventures -> Haulvia', 'Oakbridge Ventures -> Dockstream']),
    );
    expect(got).not.toContain('Carla Jennings -> Haulvia');
  });

  test('fr: "X a investi dans une dizaine de start-up industrielles, dont A et B"', () => {
    const got = fr(
      'Alpes Croissance a investi dans une dizaine de start-up industrielles, dont Motrelle et Fabrion.',
    );
    expect(got).toEqual(
      expect.arrayContaining(['Alpes Croissance -> Motrelle', 'Alpes Croissance -> Fabrion']),
    );
  });

  test('fr: "X a pris des participations dans trois PME, dont le fabricant A"', () => {
    const got = fr(
      'Alpes Croissance a pris des participations dans trois PME, dont le fabricant savoyard Motrelle.',
    );
    expect(got).toContain('Alpes Croissance -> Motrelle');
  });

  test('near miss: companies taken over or acquired are no bets', () => {
    expect(en('Oakbridge has taken over several logistics companies, including Rutefin.')).not.toContain(
      'Oakbridge Ventures -> Rutefin',
    );
    expect(en('Oakbridge has acquired three logistics companies, including Rutefin.')).not.toContain(
      'Oakbridge Ventures -> Rutefin',
    );
    expect(fr('Alpes Croissance a racheté trois PME, dont Motrelle.')).not.toContain(
      'Alpes Croissance -> Motrelle',
    );
  });

  test('near miss: a set of places is no set of companies', () => {
    const got = en('Oakbridge has invested in three countries, including Denmark and Norway.');
    expect(got.filter((p) => p.startsWith('Oakbridge Ventures ->'))).toEqual([
      'Oakbridge Ventures -> Palletry',
    ]);
  });
});
