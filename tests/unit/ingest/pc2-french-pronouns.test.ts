import { facts, pair, run } from './helpers';

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map(pair);
}

describe('"Il"/"Elle" stands for a company only when the company was the subject before', () => {
  it("does not give a biography's pronoun to the club named after a preposition", () => {
    const scorer =
      'En 2004, en marquant cinq paniers lors du premier match face aux Corsaires de Vannes, il devient le ' +
      'meilleur marqueur du club avec 210 points. Il dépasse Arvor Basket Club qui en avait marqué 205.';
    expect(rivals(scorer)).toEqual([]);
    const player =
      'En 2004, lors du premier match face aux Corsaires de Vannes, il marque 21 points. ' +
      'Il concurrence alors le club Arvor Basket pour le titre.';
    expect(rivals(player)).toEqual([]);
  });

  it("does not give it to a company named inside another noun's complement", () => {
    const text =
      'En 2019, la victoire surprise du logiciel Stratego Nova sur le champion a fait grand bruit. ' +
      'Il dépasse alors Armand Leclair au classement.';
    expect(rivals(text)).toEqual([]);
  });

  it('does not give "il" to a plural subject', () => {
    const text =
      'Les Faucons de Brest remportent le titre en 2004. Il concurrence alors le club Arvor Basket pour la première place.';
    expect(rivals(text)).toEqual([]);
  });

  it('still gives the pronoun to the company that was the subject', () => {
    const text =
      "L'éditeur de logiciels Quandris a levé 5 millions d'euros auprès de Brume Capital. " +
      'Il se pose en concurrent direct de Sylvatec sur le marché des PME.';
    expect(rivals(text)).toEqual(['Quandris -> Sylvatec']);
  });
});
