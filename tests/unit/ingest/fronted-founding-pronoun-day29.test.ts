/**
 * Day twenty-nine, pointers: "Founded in 1987 by P, it was bought by Z in 2019" / "Fondée en 1921 par P, elle …":
 * a subject pronoun after a fronted founding phrase opens the main clause (units-pronouns.ts, as
 * UnitContext.afterFounding lets "the company"/"la société" do), and right after a deal it is the company bought
 * (anaphora-founded-target.ts foundedDealTarget). Near misses: no deal before (the pronoun is the company the text is
 * about), and an "it" not after a founding phrase. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string, title: string): string[] {
  return relationsOf(text, title).map(typedPair);
}

const EN_TITLE = 'Brightwell Industrial Holdings to buy Corran Flow Systems';
const EN_LEAD =
  'Brightwell Industrial Holdings agreed on Monday to buy Corran Flow Systems for $410 million. The Tulsa company employs about 900 people.';
const FR_TITLE = 'Savora rachète Berthaud Frères';
const FR_LEAD = "Le groupe Savora a racheté la fromagerie Berthaud Frères pour 20 millions d'euros.";

describe('a pronoun after a fronted founding phrase', () => {
  it('English: the company bought was founded by P, then bought earlier by Z', () => {
    const found = facts(
      `${EN_LEAD} Founded in 1987 by Walter Corran, it was bought by Stanmore Partners in 2019.`,
      EN_TITLE,
    );
    expect(found).toContain('FOUNDED Walter Corran -> Corran Flow Systems');
    expect(found).toContain('ACQUIRED Stanmore Partners -> Corran Flow Systems');
    expect(found).not.toContain('FOUNDED Walter Corran -> Brightwell Industrial Holdings');
  });

  it('French: "Fondée en 1921 par P, elle …" after the deal', () => {
    const found = facts(
      `${FR_LEAD} Fondée en 1921 par Auguste Berthaud, elle produit de la tomme de Savoie.`,
      FR_TITLE,
    );
    expect(found).toContain('FOUNDED Auguste Berthaud -> Berthaud Frères');
    expect(found).not.toContain('FOUNDED Auguste Berthaud -> Savora');
  });

  it('near miss: with no deal told, "it" is the company the text is about', () => {
    const found = facts(
      'Corran Flow Systems makes valves in Tulsa. Founded in 1987 by Walter Corran, it employs 900 people.',
      'Corran Flow Systems opens a plant',
    );
    expect(found).toContain('FOUNDED Walter Corran -> Corran Flow Systems');
  });

  it('near miss: an "it" with no fronted founding before names no founder', () => {
    const found = facts(`${EN_LEAD} In Tulsa, it runs two plants, Walter Corran said.`, EN_TITLE).filter(
      (f) => f.startsWith('FOUNDED '),
    );
    expect(found).toEqual([]);
  });
});
