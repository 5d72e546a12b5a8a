/**
 * Day twenty-nine, pointers: "Son fondateur, P, conservera 15 % du capital" / "Its founder, P, is selling his stake"
 * opening a sentence after a takeover is the bought company's founder, not the buyer's (units-possessives.ts with
 * anaphora-kept-stake.ts and anaphora-founder-sells-stake.ts); "Ce dernier conserve 25 % des parts et reste
 * président de l'entreprise" / "P will retain a 20% stake and remain chief executive of the company" holds the post
 * after the stake phrase (anaphora-stake-then-post.ts, frames/leads-stake-then-post.ts). Near misses: a founder
 * whose sentence names the buyer, a founder with no deal before, a post no head holds, a post told of someone else
 * after a contrast. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function pairs(text: string, type: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith(`${type} `));
}

const FR_DEAL =
  'Le groupe Norvia a racheté le laboratoire Cytalis. La société, installée à Lille, emploie 80 personnes.';
const EN_DEAL = 'Harbor Capital bought Kestrel Tools in June. The Ohio company employs 300 people.';

describe('a founder keeping or selling a stake after a takeover founded the company bought', () => {
  it('French: a stake kept', () => {
    const found = pairs(
      `${FR_DEAL} Son fondateur, le pharmacien Paul Legrand, conservera 20 % du capital.`,
      'FOUNDED',
    );
    expect(found).toContain('FOUNDED Paul Legrand -> Cytalis');
    expect(found).not.toContain('FOUNDED Paul Legrand -> Norvia');
  });

  it('French: his own shares sold', () => {
    const found = pairs(`${FR_DEAL} Son fondateur, Paul Legrand, cède l'ensemble de ses parts.`, 'FOUNDED');
    expect(found).toEqual(['FOUNDED Paul Legrand -> Cytalis']);
  });

  it('English: his own stake sold', () => {
    const found = pairs(`${EN_DEAL} Its founder, engineer Dan Moore, is selling his stake.`, 'FOUNDED');
    expect(found).toEqual(['FOUNDED Dan Moore -> Kestrel Tools']);
  });

  it('near miss: the sentence names the buyer, whose stake it is', () => {
    const found = pairs(
      `${FR_DEAL} Son fondateur, Paul Legrand, conserve 20 % du capital de Norvia.`,
      'FOUNDED',
    );
    expect(found).not.toContain('FOUNDED Paul Legrand -> Cytalis');
  });

  it('near miss: with no deal told, the founder is the company the text is about', () => {
    const found = pairs(
      'Le laboratoire Cytalis emploie 80 personnes à Lille. Son fondateur, Paul Legrand, conserve 20 % du capital.',
      'FOUNDED',
    );
    expect(found).toEqual(['FOUNDED Paul Legrand -> Cytalis']);
  });
});

describe('a post held after a stake phrase', () => {
  const FR_SALE = 'Le fonds Azur Capital rachète 75 % de la PME Verlac à son fondateur, Marc Tissot.';

  it('French: "Ce dernier conserve 25 % des parts et reste président de l\'entreprise"', () => {
    const found = pairs(
      `${FR_SALE} Ce dernier conserve 25 % des parts et reste président de l'entreprise.`,
      'LEADS',
    );
    expect(found).toEqual(['LEADS Marc Tissot -> Verlac']);
  });

  it('English: "P will retain a 20% stake and remain chief executive of the company"', () => {
    const found = pairs(
      'Harbor Capital is buying 80% of Kestrel Tools from its founder, Dan Moore. Moore will retain a 20% stake and remain chief executive of the company.',
      'LEADS',
    );
    expect(found).toEqual(['LEADS Dan Moore -> Kestrel Tools']);
  });

  it('near miss: a shareholder, not a head', () => {
    expect(
      pairs(`${FR_SALE} Ce dernier conserve 25 % des parts et reste actionnaire de l'entreprise.`, 'LEADS'),
    ).toEqual([]);
  });

  it('near miss: a vice-president is no head', () => {
    expect(
      pairs(
        `${FR_SALE} Ce dernier conserve 25 % des parts et reste vice-président de l'entreprise.`,
        'LEADS',
      ),
    ).toEqual([]);
  });

  it("near miss: after a contrast the post is the other person's", () => {
    const found = pairs(
      `${FR_SALE} Ce dernier conserve 25 % des parts, tandis que Paul Morel reste président de l'entreprise.`,
      'LEADS',
    );
    expect(found).not.toContain('LEADS Marc Tissot -> Verlac');
  });
});
