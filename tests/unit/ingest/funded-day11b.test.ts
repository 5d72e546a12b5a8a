import { sortedPairs } from './frames-test-helpers';

/**
 * Round two of day eleven: a round told from the investor's side with an active backing verb in a relative clause
 * or in French ("A, which has backed B", "A a soutenu B", "A, qui a financé B et C"), and the company funded when
 * the sentence opens on a phrase naming its founders or backers ("Founded in 2009 by P and Q, Y has raised … from
 * investors including A").
 */

function funded(text: string): string[] {
  return sortedPairs(text, 'FUNDED');
}

describe('an investor backing a company, told from the investor', () => {
  test.each([
    [
      'Balderton Capital, which previously funded Pillbox, declined to comment.',
      'Balderton Capital -> Pillbox',
    ],
    ['Balderton Capital a soutenu Pillbox dès 2019.', 'Balderton Capital -> Pillbox'],
    ['Balderton Capital, qui a soutenu Pillbox, a refusé de commenter.', 'Balderton Capital -> Pillbox'],
    ['Balderton Capital avait déjà financé la biotech Pillbox en 2020.', 'Balderton Capital -> Pillbox'],
  ])('%s', (text, pair) => {
    expect(funded(text)).toContain(pair);
  });

  test('a list of companies after the French verb is read whole', () => {
    expect(funded('Balderton Capital a déjà soutenu Pillbox et Kinetik.')).toEqual([
      'Balderton Capital -> Kinetik',
      'Balderton Capital -> Pillbox',
    ]);
  });

  test.each([
    'Balderton Capital, which backed the merger of Pillbox and Kinetik, declined to comment.',
    "Balderton Capital, which has backed Pillbox's offer, declined to comment.",
    "Balderton Capital a soutenu l'offre de Pillbox sur Kinetik.",
    'Balderton Capital a été soutenu par Pillbox dès 2019.',
  ])('no money given by the subject: %s', (text) => {
    expect(funded(text).filter((p) => p.startsWith('Balderton Capital ->'))).toEqual([]);
  });
});

describe('the company funded after a fronted phrase naming people or backers', () => {
  const lead =
    'Norwegian defence contractor Halvorsen Defence has agreed to buy Skyrift Systems, a Belgian maker of drones. ';

  test.each([
    'Founded in 2009 by Lars Vandamme and Erik Jacobs, Skyrift has raised 45 million euros from investors including SFPI.',
    'Started in 2009 by the founders of Zenbit, Skyrift has raised 45 million euros from investors such as SFPI.',
  ])('%s', (sentence) => {
    const pairs = funded(lead + sentence);
    expect(pairs).toContain('SFPI -> Skyrift Systems');
    expect(pairs).not.toContain('SFPI -> Halvorsen Defence');
  });

  test('a fronted time phrase keeps the subject named in it', () => {
    const text = `${lead}Last year Skyrift, a Belgian drone maker, raised 45 million euros from investors including SFPI.`;
    expect(funded(text)).toContain('SFPI -> Skyrift Systems');
  });
});

describe('a private placement of the company led by an investor', () => {
  test.each([
    'Corvanta Therapeutics also announced a $40 million private placement led by Halcyon Bay Capital, with participation from Midori Pharma KK.',
    'Corvanta Therapeutics priced a $40 million private placement anchored by Halcyon Bay Capital.',
    'Corvanta Therapeutics has completed a private placement of new shares co-led by Halcyon Bay Capital and Midori Pharma.',
    'Corvanta Therapeutics a annoncé un placement privé de 40 millions de dollars mené par Halcyon Bay Capital.',
  ])('%s', (text) => {
    expect(funded(text)).toContain('Halcyon Bay Capital -> Corvanta Therapeutics');
  });

  test.each([
    'Corvanta Therapeutics priced a $40 million public offering led by Goldman Sachs.',
    'Corvanta Therapeutics announced that Halcyon Bay Capital sold its shares in a secondary offering led by Goldman Sachs.',
  ])('an offering led by its banks funds nothing: %s', (text) => {
    expect(funded(text).filter((p) => p.startsWith('Goldman Sachs'))).toEqual([]);
  });
});
