/**
 * Day twenty-nine, pointers: "X … Il est dirigé depuis 2020 par P, qui a succédé à son fondateur, Q" gives Q the
 * founding of the company the possessive stands for, as the present "Elle succède à son fondateur, Q" did
 * (frames/founders-succession.ts `any.founded.succeeds-pointer-founder`, now with "succédé" and "remplacé"). Near
 * misses: a kin noun instead of the founder's, and the seller after "racheté … à son fondateur", who founded the
 * company sold. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function founded(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('FOUNDED '));
}

describe('a successor who took over from the founder', () => {
  it('French: "qui a succédé à son fondateur, Q" after a pronoun subject', () => {
    expect(
      founded(
        'Le groupe Vendôme Outils a racheté la PME Limaro. Il est dirigé depuis 2020 par Anne Ravel, qui a succédé à son fondateur, Jacques Morel.',
      ),
    ).toEqual(['FOUNDED Jacques Morel -> Vendôme Outils']);
  });

  it('near miss: a father succeeded is no founder', () => {
    expect(
      founded(
        'La PME Vendôme Outils emploie 80 personnes. Elle est dirigée depuis 2019 par Anne Ravel, qui a succédé à son père, Jacques Ravel.',
      ),
    ).toEqual([]);
  });

  it('near miss: the founder a company is bought from founded the company sold', () => {
    expect(
      founded('Le groupe Vendôme Outils a racheté en 2021 la PME Limaro à son fondateur, Jacques Morel.'),
    ).toEqual(['FOUNDED Jacques Morel -> Limaro']);
  });
});
