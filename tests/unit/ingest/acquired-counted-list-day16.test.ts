/**
 * Deal, day sixteen: purchases counted, then named ("picked up two smaller operators, A in 2021 and B in 2023"):
 * the count and its noun announce the list, the names after the comma or colon are bought
 * (frames/acquired-counted-list.ts). Sentences written for these tests (dev-gold-16 en-551 shows the shape).
 */
import { madePairs } from './helpers';

const PUBLISHED = '2026-03-09';
const made = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');
const CONTEXT = 'Polarline Logistics runs cold stores. ';

describe('every name of a counted list is bought', () => {
  it.each([
    'Polarline Logistics picked up two smaller operators, Koudlijn in 2021 and Frostway in 2023.',
    'Polarline Logistics acquired two competitors, Koudlijn and Frostway, in 2021.',
    'Polarline Logistics has bought two firms since 2019: Koudlijn and Frostway.',
    'Polarline Logistics a racheté deux concurrents, Koudlijn en 2021 et le lyonnais Frostway en 2023.',
    'Polarline Logistics a repris deux PME en 2021 : Koudlijn et Frostway.',
  ])('%s', (text) => {
    expect(made(CONTEXT + text)).toEqual([
      'Polarline Logistics -> Frostway',
      'Polarline Logistics -> Koudlijn',
    ]);
  });

  it('a business named by its owner counts as the owner', () => {
    const text =
      'Under Greywell Capital ownership, Polarline Logistics picked up two smaller operators, Koudlijn in 2021 and the Antwerp warehouse business of Scheldt Foods in 2023.';
    expect(made(CONTEXT + text)).toEqual([
      'Polarline Logistics -> Koudlijn',
      'Polarline Logistics -> Scheldt Foods',
    ]);
  });
});

describe('no purchase of the list', () => {
  it('talks are no purchase', () => {
    expect(
      made(CONTEXT + 'Polarline Logistics is in talks to buy two operators, Koudlijn and Frostway.'),
    ).toEqual([]);
  });

  it('a name with a verb of its own is no member', () => {
    const text =
      'Polarline Logistics bought two operators, Koudlijn in 2021, and Frostway Group said it invested too.';
    expect(made(CONTEXT + text)).toEqual(['Polarline Logistics -> Koudlijn']);
  });

  it('a counted list of rivals is no purchase', () => {
    expect(made(CONTEXT + 'Polarline Logistics competes with two operators, Koudlijn and Frostway.')).toEqual(
      [],
    );
  });
});
