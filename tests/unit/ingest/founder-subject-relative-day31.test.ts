/**
 * Day thirty-one, pointers (second round): a purchase told in the relative clause after the sentence's subject ("Le
 * groupe, qui a déjà acquis Y en 2022, réalise …", "The group, which bought Y in 2021, now makes …") is the subject's
 * record, so "Son fondateur, P" / "Its founder, P" opening the next sentence is the subject's, not Y's
 * (anaphora-relative-subject.ts `inSubjectRelative`, read by `recalledPurchaseTarget` and `boughtTargetJustNamed`).
 * Near misses: a purchase told by the main verb ("X had already bought Y. Its founder") and a takeover told in the
 * main clause still give Y. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function founded(text: string): string[] {
  return relationsOf(text, null)
    .map(typedPair)
    .filter((f) => f.startsWith('FOUNDED'));
}

describe('a purchase in the relative clause after the subject', () => {
  it('French: "Le groupe, qui a déjà acquis Y en 2022, réalise … Son fondateur, P" is the group\'s', () => {
    const found = founded(
      'Le groupe Morvane rachète le fabricant Isotherm. Le groupe, qui a déjà acquis le chaudronnier vosgien Stelmet en 2022, réalise 30 % de ses ventes en Allemagne. Son fondateur, Paul Girardet, détient encore la majorité du capital.',
    );
    expect(found).toContain('FOUNDED Paul Girardet -> Morvane');
    expect(found).not.toContain('FOUNDED Paul Girardet -> Stelmet');
  });

  it('English: "The group, which bought Y in 2021, now makes … Its founder, P" is the group\'s', () => {
    const found = founded(
      'Brackett Industries agreed to buy Fennel Systems. The group, which bought Danish pump maker Vandel in 2021, now makes 40% of its sales abroad. Its founder, Peter Hale, still owns most of the shares.',
    );
    expect(found).toContain('FOUNDED Peter Hale -> Brackett Industries');
    expect(found).not.toContain('FOUNDED Peter Hale -> Vandel');
  });

  it('English: a named subject ("Brackett, which bought Y in 2021, …") reads the same', () => {
    const found = founded(
      'Brackett Industries agreed to buy Fennel Systems. Brackett, which bought Danish pump maker Vandel in 2021, now makes 40% of its sales abroad. Its founder, Peter Hale, still owns most of the shares.',
    );
    expect(found).not.toContain('FOUNDED Peter Hale -> Vandel');
  });
});

describe('near misses: a purchase told by the main verb', () => {
  it('French: "La société avait par ailleurs racheté Y. Son fondateur, P" is still Y\'s', () => {
    const found = founded(
      'Chez Morvane, la société avait par ailleurs racheté le chaudronnier Stelmet. Son fondateur, Louis Ferry, a pris sa retraite.',
    );
    expect(found).toContain('FOUNDED Louis Ferry -> Stelmet');
  });

  it('English: "X bought Y in 2021. Its founder, P" after the main verb is still Y\'s', () => {
    const found = founded(
      'Brackett Industries agreed to buy Fennel Systems. Brackett bought Danish pump maker Vandel in 2021. Its founder, Peter Hale, stayed on as an adviser.',
    );
    expect(found).toContain('FOUNDED Peter Hale -> Vandel');
  });
});
