/**
 * Day twenty-two, deals: a company named inside a relative clause about people ("The executives, A and B, who work
 * for X Inc, said they bought …", "P, qui travaille pour X, a racheté …") is where they work, not the buyer of the
 * verb after the clause. Near misses: a company pronoun taking the company up after the clause, the company's own
 * relative clause, a deal told inside the people's clause, a company's "qui" clause. Sentences written for these
 * tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function deals(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map(typedPair);
}

describe('a company in a relative clause about people is not the buyer', () => {
  it.each([
    [
      'The executives, John Marsh and Peter Quill, who work for Brixton Capital Inc, said they bought their Ferrol Corp stock as an investment.',
      'Brixton Capital Inc',
    ],
    [
      'Two brothers who work for Brixton Capital Inc said they bought 120,000 shares of Ferrol Corp.',
      'Brixton Capital Inc',
    ],
    [
      'Peter Quill, who works for Brixton Capital Inc, said he bought 8 pct of Ferrol Corp.',
      'Brixton Capital Inc',
    ],
    ['Marc Delon, qui travaille pour Brixton Capital, a racheté la société Ferrol.', 'Brixton Capital'],
    [
      'Les deux dirigeants, qui travaillent pour Brixton Capital, ont racheté la société Ferrol.',
      'Brixton Capital',
    ],
  ])('%s', (text, company) => {
    expect(deals(text).filter((d) => d.includes(`${company} ->`))).toEqual([]);
  });
});

describe('near misses: the company is still the buyer', () => {
  it.each([
    [
      'Analysts who follow Brixton Capital Inc said it would buy Ferrol Corp.',
      'ACQUIRED Brixton Capital Inc -> Ferrol Corp',
    ],
    [
      'John Smith, who heads Brixton Capital Inc, said it agreed to buy Ferrol Corp.',
      'ACQUIRED Brixton Capital Inc -> Ferrol Corp',
    ],
    [
      'Brixton Capital Inc, which employs John Marsh, said it bought Ferrol Corp.',
      'ACQUIRED Brixton Capital Inc -> Ferrol Corp',
    ],
    [
      'Northgate was founded in 1988 by newspaper executive Colin Drummond, who sold it to investment firm Arden Hill Capital in 2015.',
      'ACQUIRED Arden Hill Capital -> Northgate',
    ],
    [
      'Le groupe Brixton Capital, qui emploie Marc Delon, a racheté la société Ferrol.',
      'ACQUIRED Brixton Capital -> Ferrol',
    ],
    [
      "Les analystes qui suivent Brixton Capital estiment qu'il va racheter Ferrol.",
      'ACQUIRED Brixton Capital -> Ferrol',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toContain(expected);
  });
});
