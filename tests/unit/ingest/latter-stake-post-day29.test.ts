/**
 * Day twenty-nine, pointers (second round): "the latter" / "ce dernier" before a stake kept or sold is a pointer as
 * it was before "conserve" (anaphor-words.ts `AFTER_LATTER`), so the English twin of the stake-then-post rule
 * reads: "The latter keeps a 20% stake and remains chairman of the company", "Ce dernier garde 20 % du capital et
 * reste président de l'entreprise". Near misses: a shareholder's role is no post, a company as the latter heads
 * nothing. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function leads(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('LEADS '));
}

const EN_DEAL = 'Harbor Capital bought Kestrel Tools from its founder, Dan Moore.';
const FR_DEAL = 'Le groupe Norvia a racheté le laboratoire Cytalis à son fondateur, Paul Legrand.';

describe('"the latter" keeping a stake and a post', () => {
  it('English: "keeps a 20% stake and remains chairman of the company"', () => {
    expect(leads(`${EN_DEAL} The latter keeps a 20% stake and remains chairman of the company.`)).toEqual([
      'LEADS Dan Moore -> Kestrel Tools',
    ]);
  });

  it('English: "retains a 15 percent stake and remains chief executive"', () => {
    expect(
      leads(`${EN_DEAL} The latter retains a 15 percent stake and remains chief executive of the company.`),
    ).toEqual(['LEADS Dan Moore -> Kestrel Tools']);
  });

  it('French: "garde 20 % du capital et reste président de l\'entreprise"', () => {
    expect(leads(`${FR_DEAL} Ce dernier garde 20 % du capital et reste président de l'entreprise.`)).toEqual([
      'LEADS Paul Legrand -> Cytalis',
    ]);
  });

  it('near miss: remaining a shareholder is no post', () => {
    expect(
      leads(`${EN_DEAL} The latter keeps a 20% stake and remains a shareholder of the company.`),
    ).toEqual([]);
  });

  it('near miss: a company as the latter heads nothing', () => {
    expect(
      leads(
        'Harbor Capital bought Kestrel Tools from Ridge Partners. The latter keeps a 20% stake and remains a lender to the company.',
      ),
    ).toEqual([]);
  });
});
