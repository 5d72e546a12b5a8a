/**
 * Day twenty-six: a buyer agrees with a counterpart, then buys: "X s'est mis d'accord avec Z pour racheter Y",
 * "X s'est entendu avec la famille P et le fonds Z pour racheter l'intégralité du capital de Y". The purpose of
 * the agreement is its subject's deal (frames/acquired-verb-forms.ts), a full or majority capital is a stake the
 * verb's object may carry ("l'intégralité du capital de Y"), and every member of the counterpart list, a fund as
 * much as a family, is no buyer (deal-agreement-counterpart.ts). Near misses: the counterpart of a sale, a fund in
 * a counterpart list. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED '));
}

describe('the subject of an agreement buys what the agreement is for', () => {
  it.each([
    [
      "Le groupe Castelnau s'est mis d'accord avec le fonds Keren Capital pour racheter la Laiterie du Morvan, un affineur bourguignon.",
      'ACQUIRED Castelnau -> Laiterie du Morvan',
    ],
    [
      "Le groupe Castelnau s'est entendu avec la famille Roche et le fonds Keren Capital pour racheter l'intégralité du capital de Fromagerie Alpine, une PME savoyarde.",
      'ACQUIRED Castelnau -> Fromagerie Alpine',
    ],
    [
      "La coopérative Agrilor s'est mise d'accord avec le groupe Lorca pour reprendre la majorité du capital de Conserverie Mistral.",
      'ACQUIRED Agrilor -> Conserverie Mistral',
    ],
  ])('%s', (text, wanted) => {
    expect(acquired(text)).toContain(wanted);
  });
});

describe('near misses: the counterpart is no buyer, a sale is no purchase by the seller', () => {
  it.each([
    [
      "Le groupe Castelnau s'est entendu avec la famille Roche et le fonds Keren Capital pour racheter l'intégralité du capital de Fromagerie Alpine, une PME savoyarde.",
      'ACQUIRED Keren Capital -> Fromagerie Alpine',
    ],
    [
      'Harlow Group reached an agreement with the Dunmore family and investment firm Kestrel Partners to buy Carrick Mills.',
      'ACQUIRED Kestrel Partners -> Carrick Mills',
    ],
    [
      "Le groupe Castelnau s'est mis d'accord avec le fonds Keren Capital pour lui vendre la Laiterie du Morvan, un affineur bourguignon.",
      'ACQUIRED Castelnau -> Laiterie du Morvan',
    ],
  ])('%s', (text, refused) => {
    expect(acquired(text)).not.toContain(refused);
  });
});
