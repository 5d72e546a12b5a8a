/**
 * Day twenty-six, real wire text: the company bought or invested in told first by a description, its name set
 * off after a comma ("acquired a small Dutch software maker, Kestrel BV", "a 49.4 pct stake in another troubled
 * commercial bank, Perwira Bank", "a racheté un petit éditeur néerlandais, Kestrel BV";
 * frames/described-object-apposed.ts). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string): string[] {
  return relationsOf(text).map(typedPair);
}

describe('the name apposed to a described object is the company bought', () => {
  it.each([
    [
      'Harcourt Inc acquired a small Dutch software maker, Kestrel BV, for 20 mln dlrs.',
      'ACQUIRED Harcourt Inc -> Kestrel BV',
    ],
    [
      'Harcourt Inc has agreed to buy a Texas oil company, Lomas Energy Corp, for 40 mln dlrs.',
      'ACQUIRED Harcourt Inc -> Lomas Energy Corp',
    ],
    [
      "Le groupe Bolloré a racheté un petit éditeur néerlandais, Kestrel BV, pour 20 millions d'euros.",
      'ACQUIRED Bolloré -> Kestrel BV',
    ],
    [
      'Orvane Capital said it bought a 14 pct stake in another troubled regional bank, Perwick Savings Bank, last month.',
      'FUNDED Orvane Capital -> Perwick Savings Bank',
    ],
    [
      'Harcourt Inc took a 20 pct stake in a small Dutch software maker, Kestrel BV, last week.',
      'FUNDED Harcourt Inc -> Kestrel BV',
    ],
    [
      'Le groupe Bolloré a pris une participation de 15 % dans une société de logiciels lyonnaise, Kestrel SA, en mars.',
      'FUNDED Bolloré -> Kestrel SA',
    ],
  ])('%s', (text, wanted) => {
    expect(facts(text)).toContain(wanted);
  });

  it('a stake above half in the described company is control', () => {
    const found = facts(
      'Harcourt Inc took a 60 pct stake in a Texas oil company, Lomas Energy Corp, last week.',
    );
    expect(found).toContain('ACQUIRED Harcourt Inc -> Lomas Energy Corp');
    expect(found).not.toContain('FUNDED Harcourt Inc -> Lomas Energy Corp');
  });

  it.each([
    // the name after the comma is the speaker
    ['Harcourt Inc has agreed to buy a Texas oil company, Lomas Energy Corp said.', 'Lomas Energy Corp'],
    ['Le groupe Bolloré a racheté un petit éditeur néerlandais, Kestrel BV a indiqué lundi.', 'Kestrel BV'],
    // a description that is no company: a building is bought, the name after it is another party
    ['Harcourt Inc bought a new office tower, Lomas Energy Corp said on Monday.', 'Lomas Energy Corp'],
    // a sale, not a purchase
    ['Harcourt Inc sold a small Dutch software maker, Kestrel BV, for 20 mln dlrs.', 'Kestrel BV'],
  ])('no deal with the name after the comma: %s', (text, company) => {
    expect(facts(text).filter((f) => f.startsWith('ACQUIRED') || f.startsWith('FUNDED'))).not.toContain(
      `ACQUIRED Harcourt Inc -> ${company}`,
    );
    expect(facts(text)).not.toContain(`ACQUIRED Bolloré -> ${company}`);
  });
});
