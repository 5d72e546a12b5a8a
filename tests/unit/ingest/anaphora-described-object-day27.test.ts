/**
 * Day twenty-seven, pointers: "It is run by P" / "Elle est dirigée par P" / "It was founded in 1998 by P" right after
 * a sentence that named a company after its subject and described it in an apposition (", a maker of …", ", the
 * market leader in …", ", une start-up …") stands for that described company, not the sentence's subject; a French
 * pronoun must agree with the noun the company was given (anaphora-described-object.ts). Sentences written for these
 * tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string, type: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith(`${type} `));
}

describe('a pronoun telling who runs a company stands for the company just described', () => {
  it.each([
    [
      'Corlane Foods reported higher sales on Monday. In March, Corlane paid $90 million for Tessaly, a Denver-based maker of frozen pies. It is run by Dana Whitfield, who stayed on after the sale.',
      'LEADS Dana Whitfield -> Tessaly',
      'LEADS Dana Whitfield -> Corlane Foods',
    ],
    [
      'Brisco Software will take on Numira, the market leader in tax software, which a buyout firm bought in 2023. It is run by Oren Valdes, a former banker.',
      'LEADS Oren Valdes -> Numira',
      'LEADS Oren Valdes -> Brisco Software',
    ],
    [
      'Le groupe Marvel Agro a racheté en juin Fromentine, une start-up nantaise de boissons végétales. Elle est dirigée depuis 2019 par Léa Morvan.',
      'LEADS Léa Morvan -> Fromentine',
      'LEADS Léa Morvan -> Marvel Agro',
    ],
  ])('%s', (text, wanted, refused) => {
    const found = facts(text, 'LEADS');
    expect(found).toContain(wanted);
    expect(found).not.toContain(refused);
  });

  it('reads a founding told the same way', () => {
    const text =
      'Corlane Foods said on Monday it had bought Tessaly, a Denver-based maker of frozen pies. It was founded in 2004 by Ray Ostrom.';
    expect(facts(text, 'FOUNDED')).toContain('FOUNDED Ray Ostrom -> Tessaly');
  });
});

describe('near misses keep the pronoun with the subject', () => {
  it.each([
    // no description: the object is no new topic
    [
      'Corlane Foods reported higher sales on Monday. In March, Corlane paid $90 million for Tessaly. It is run by Dana Whitfield, who joined in 2020.',
      'LEADS Dana Whitfield -> Tessaly',
    ],
    // "il" disagrees with "une start-up": the masculine group stays the subject
    [
      'Le groupe Marvel Agro a racheté en juin Fromentine, une start-up nantaise de boissons végétales. Il est dirigé depuis 2019 par Marc Olier.',
      'LEADS Marc Olier -> Fromentine',
    ],
    // a pronoun that tells no head
    [
      'Corlane Foods reported higher sales on Monday. In March, Corlane paid $90 million for Tessaly, a Denver-based maker of frozen pies. It is expected to add 5% to sales, said Dana Whitfield.',
      'LEADS Dana Whitfield -> Tessaly',
    ],
  ])('%s', (text, refused) => {
    expect(facts(text, 'LEADS')).not.toContain(refused);
  });
});
