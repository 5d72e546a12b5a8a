/**
 * Day twenty-five: French press tells a purchase as a treat the buyer gives itself, "X s'est offert (en mars) le
 * spécialiste nantais des pompes doseuses Y": the clause reader now takes reflexive "s'offrir"/"se payer" as a verb
 * of buying, so its object may stand after a time phrase and a long descriptor (frames/acquired-reflexive-treat.ts).
 * Near misses: "offrir" with no reflexive pronoun (an offer of a price), a gift to another party. Sentences written
 * for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED '));
}

describe('a reflexive treat is a purchase, past a time phrase and a long descriptor', () => {
  it.each([
    [
      "Le groupe Vernay s'est offert en février le fabricant alsacien de vannes industrielles Hydrovalve.",
      'ACQUIRED Vernay -> Hydrovalve',
    ],
    [
      "Le groupe Castelnau s'est ainsi offert en juin l'éditeur toulousain de logiciels comptables Comptanet.",
      'ACQUIRED Castelnau -> Comptanet',
    ],
    [
      "Le distributeur Maréchal s'était payé l'an dernier le grossiste breton en produits de la mer Armorique Marée.",
      'ACQUIRED Maréchal -> Armorique Marée',
    ],
  ])('%s', (text, wanted) => {
    expect(acquired(text)).toContain(wanted);
  });
});

describe('near misses: no reflexive pronoun, no purchase', () => {
  it.each([
    [
      "Le groupe Vernay a offert en février 12 euros par action aux actionnaires d'Hydrovalve.",
      'ACQUIRED Vernay -> Hydrovalve',
    ],
    [
      'Le groupe Vernay a offert en février au fabricant alsacien Hydrovalve un contrat de cinq ans.',
      'ACQUIRED Vernay -> Hydrovalve',
    ],
  ])('%s', (text, refused) => {
    expect(acquired(text)).not.toContain(refused);
  });
});
