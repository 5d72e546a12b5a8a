import { facts, run } from './helpers';

/**
 * A demonstrative of the market's established players ("those incumbents", "ces ténors", "these heavyweights")
 * as a rivalry object stands for the companies last listed together (anaphor-words.ts LIST_NOUNS).
 */

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map((r) => [r.source, r.target].sort().join(' ~ '));
}

function has(text: string, a: string, b: string): boolean {
  return rivals(text).includes([a, b].sort().join(' ~ '));
}

const LIST_EN =
  'The market is dominated by Cargonic, Routefield and Transdata Systems, which hold 45 percent of it.\n\n';
const LIST_FR = 'Le marché est dominé par Cargonic, Routefield et Transdata Systems.\n\n';

describe('a demonstrative of incumbents as a rivalry object is the last list', () => {
  it.each([
    `${LIST_EN}Haulwise wants to take on those incumbents with a cheaper subscription.`,
    `${LIST_EN}Haulwise competes with these incumbents on price.`,
    `${LIST_EN}Haulwise now competes with those heavyweights.`,
    `${LIST_FR}Haulwise affronte ces ténors avec une offre moins chère.`,
    `${LIST_FR}Haulwise veut concurrencer ces mastodontes sur les petites flottes.`,
  ])('%s', (text) => {
    expect(has(text, 'Haulwise', 'Cargonic')).toBe(true);
    expect(has(text, 'Haulwise', 'Routefield')).toBe(true);
  });

  it.each([
    `${LIST_EN}Those incumbents are not worried about Haulwise.`,
    `${LIST_EN}Haulwise supplies those incumbents with route data.`,
  ])('no rivalry: %s', (text) => {
    expect(has(text, 'Haulwise', 'Cargonic')).toBe(false);
  });
});
