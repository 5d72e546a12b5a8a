/**
 * Day thirty, rivals: a market's leader told with its chasers as an aside ("led by A, with B and C close behind",
 * "dominé par A, avec B juste derrière"; relations/frames/rivals-close-behind.ts), and a rank written "No. 2"
 * (entities/rank-abbreviation.ts: "No." before a number is no company name, so the ranking rules read it).
 * Sentences written for these tests.
 */
import { entitiesOf, pairsInLastParagraph, unorderedPair } from './helpers';

describe('leader with chasers close behind', () => {
  it.each([
    [
      'Ventra makes lidar sensors.',
      'The market for lidar sensors is led by Orbix, with Lumari and Vantec close behind, according to research firm Statlane.',
    ],
    [
      'Ventra fabrique des capteurs.',
      'Le marché des capteurs lidar est dominé par Orbix, avec Lumari et Vantec juste derrière.',
    ],
  ])('%s %s', (lead, sentence) => {
    const got = pairsInLastParagraph(lead, sentence);
    expect(got).toEqual(
      expect.arrayContaining([
        unorderedPair('Orbix', 'Lumari'),
        unorderedPair('Orbix', 'Vantec'),
        unorderedPair('Lumari', 'Vantec'),
      ]),
    );
    expect(got.some((p) => p.includes('Statlane'))).toBe(false);
  });

  it('an active leader: "A leads the market, with B not far behind"', () => {
    expect(
      pairsInLastParagraph('Ventra makes sensors.', 'Orbix leads the market, with Lumari not far behind.'),
    ).toContain(unorderedPair('Orbix', 'Lumari'));
  });

  it('near miss: a round led by an investor with others close behind is no market', () => {
    expect(
      pairsInLastParagraph(
        'Ventra raised $30 million.',
        'The round was led by Orbix Capital, with Lumari Partners and Vantec Ventures close behind.',
      ),
    ).toEqual([]);
  });
});

describe('"No. 2" is a rank, not a name', () => {
  it.each([
    ['Greyline makes robots.', 'Greyline is the No. 2 robot maker in Europe behind Brondex.'],
    [
      'Greyline makes robots.',
      "Greyline, the No. 2 maker of shuttle systems behind Austria's Brondex, is hiring.",
    ],
    [
      'Greyline, a Munich robot maker, raised $10 million.',
      "Greyline is Europe's No. 2 robot maker after Brondex.",
    ],
  ])('%s %s', (lead, sentence) => {
    expect(pairsInLastParagraph(lead, sentence)).toEqual([unorderedPair('Brondex', 'Greyline')]);
  });

  it('"No. 2" never becomes an entity', () => {
    const names = entitiesOf('Greyline is the No. 2 robot maker behind Brondex.').map((e) => e.name);
    expect(names.some((n) => n.startsWith('No'))).toBe(false);
  });

  it('near miss: "after B deal" is a time, not the firm ranked ahead', () => {
    expect(
      pairsInLastParagraph(
        'Maristow ships containers.',
        'Kelderhaven became the No. 4 container line after Rigasea deal, the company said.',
      ),
    ).toEqual([]);
  });

  it('near miss: the No. 2 of a league table is no market rivalry', () => {
    expect(
      pairsInLastParagraph(
        'Greyline makes robots.',
        'Greyline is the No. 2 employer in the city behind the hospital.',
      ),
    ).toEqual([]);
  });
});
