/**
 * Day twenty-nine, French press (second round): a lender's adverb after a simple tense's verb, before the
 * borrower ("B accorde en outre à Y un prêt de 3 M€"; frames/funded-fr-lender-dative.ts, frames/funded-fr-granted-aid.ts),
 * and "l'entreprise" / "la société" in the capital a second investor enters after that loan: the company lent to,
 * not the lender (anaphora-oblique-object.ts). Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

const PUBLISHED = '2026-11-27';
const LEAD = 'Le groupe Lamarre reprend le fabricant de meubles Ebenor.\n\n';

function funded(text: string): string[] {
  return facts(run(text, PUBLISHED), 'FUNDED').map(pair).sort();
}

describe('a lender with an adverb after its verb', () => {
  it.each([
    [
      "La Caisse d'épargne Loire accorde en outre à Ebenor un prêt de 4 millions d'euros.",
      "Caisse d'épargne Loire -> Ebenor",
    ],
    [
      'Crédit Maritime Ouest consent par ailleurs à Ebenor une avance de 800 000 euros.',
      'Crédit Maritime Ouest -> Ebenor',
    ],
    ["L'agence Innovéa verse également à Ebenor une subvention de 300 000 euros.", 'Innovéa -> Ebenor'],
  ])('%s', (sentence, expected) => {
    expect(funded(LEAD + sentence)).toContain(expected);
  });

  it('reads the adverb before the participle as before', () => {
    expect(
      funded(LEAD + "La banque Sorval a par ailleurs accordé à Ebenor un prêt de 2 millions d'euros."),
    ).toContain('Sorval -> Ebenor');
  });

  it('near miss: no loan granted, nobody funded', () => {
    expect(
      funded(LEAD + 'La banque Sorval accorde en outre à Ebenor un délai pour ses paiements.'),
    ).not.toContain('Sorval -> Ebenor');
  });
});

describe('the company lent to is the capital a second investor enters', () => {
  it.each([
    [
      "Pour accompagner la relance, la banque Sorval accorde en outre à Ebenor un prêt de 3 millions d'euros, et le fonds régional Armor Participations entre au capital de l'entreprise à hauteur de 10 %.",
      ['Armor Participations -> Ebenor', 'Sorval -> Ebenor'],
    ],
    [
      "Le fonds Orcade Capital accorde à Ebenor une avance de 2 millions d'euros, et la coopérative Terralis prend une participation dans la société.",
      ['Orcade Capital -> Ebenor', 'Terralis -> Ebenor'],
    ],
  ])('%s', (sentence, expected) => {
    const got = funded(LEAD + sentence);
    for (const e of expected) expect(got).toContain(e);
    expect(got.some((p) => / -> (Sorval|Orcade Capital)$/.test(p))).toBe(false);
  });
});

describe('a lender with a long descriptor after "par"', () => {
  const ROUND = "Kelvoa boucle une levée de fonds de 10 millions d'euros.\n\n";

  it.each([
    [
      "La start-up bénéficie aussi d'un prêt de 3 millions d'euros accordé par le fonds de dette privée Orsay Dette Privée.",
      'Orsay Dette Privée -> Kelvoa',
    ],
    [
      "Le tour est complété par une dette de 2 millions d'euros apportée par la banque publique régionale Banque Garonne.",
      'Banque Garonne -> Kelvoa',
    ],
  ])('%s', (sentence, expected) => {
    expect(funded(ROUND + sentence)).toContain(expected);
  });

  it("near miss: a name past the descriptor's reach lends nothing", () => {
    expect(
      funded(
        ROUND +
          "La start-up bénéficie aussi d'un prêt accordé par le cabinet de conseil de son ancien associé Paul Ravel, Ravel Conseil.",
      ).filter((p) => p.startsWith('Ravel Conseil')),
    ).toEqual([]);
  });
});
