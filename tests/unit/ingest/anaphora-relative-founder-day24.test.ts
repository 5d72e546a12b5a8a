/**
 * Day twenty-four, anaphora: a founding told in a person's relative with a pointer object ("…, présidente de X et
 * petite-fille de P, qui avait fondé l'entreprise", "Son homologue chez X, P, qui a créé la société", "chief
 * executive of X and granddaughter of P, who had set up the company") founds the company the sentence names right
 * before the person (frames/founders-relative-company.ts), not the company the discourse holds (the buyer of the
 * story's deal). A past employer ("ancien patron de … X"), a passive's agent ("by X from P") or a company a verb
 * separates from the person ("P left X in 2016 and teamed up with Q") is not that company.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** The FOUNDED facts of `text`, as "FOUNDED source -> target". */
function founded(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('FOUNDED '));
}

describe("a relative's pointer object founds the company named right before the person", () => {
  it.each([
    [
      'Le groupe Solvéo a racheté la PME Taillandier. « Nous gardons les équipes », a indiqué Claire Morvan, présidente de Verlaine Emballages et petite-fille de Paul Morvan, qui avait fondé la société en 1971.',
      'FOUNDED Paul Morvan -> Verlaine Emballages',
      'FOUNDED Paul Morvan -> Solvéo',
    ],
    [
      "Solvéo a annoncé lundi le rachat de Taillandier. Son homologue chez Gravelle, Marc Joubert, qui avait créé l'entreprise en 2006 à Nantes, rejoindra le conseil.",
      'FOUNDED Marc Joubert -> Gravelle',
      'FOUNDED Marc Joubert -> Solvéo',
    ],
    [
      'Northam Foods has agreed to buy Marlow Mills. "We are keeping every bakery open," said Tessa Grant, chief executive of Pell Bakery and granddaughter of Owen Grant, who had set up the company in 1958.',
      'FOUNDED Owen Grant -> Pell Bakery',
      'FOUNDED Owen Grant -> Northam Foods',
    ],
    [
      'Brookline Capital agreed on Monday to buy Marlow Mills. Its counterpart at Kestle Foods, Ruth Avery, who had set up the company in 1999, will join the board.',
      'FOUNDED Ruth Avery -> Kestle Foods',
      'FOUNDED Ruth Avery -> Brookline Capital',
    ],
  ])('%s', (text, wanted, refused) => {
    const facts = founded(text);
    expect(facts).toContain(wanted);
    expect(facts).not.toContain(refused);
  });
});

describe('a past employer, an agent or a company a verb separates from the person is not the one founded', () => {
  it.each([
    [
      "Le groupe Arcelle a nommé Luc Perrin directeur général. Ancien patron de la filiale belge de Rexol Industries, il succède à Anne Viala, qui avait fondé l'entreprise en 1994.",
      'FOUNDED Anne Viala -> Rexol Industries',
    ],
    [
      "Vallory a nommé une directrice générale. L'ancienne directrice financière de Bonduel Frais succède à Jean Kerlan, qui avait créé l'entreprise en 1987.",
      'FOUNDED Jean Kerlan -> Bonduel Frais',
    ],
    [
      'Pell Bakery was bought in 2019 by Northam Foods from Owen Grant, who had set up the company in 1958.',
      'FOUNDED Owen Grant -> Northam Foods',
    ],
    [
      'Dana Holt left Carver Analytics in 2016 and teamed up with Ian Moss, who had founded the company a year earlier.',
      'FOUNDED Ian Moss -> Carver Analytics',
    ],
  ])('%s', (text, refused) => {
    expect(founded(text)).not.toContain(refused);
  });
});
