/**
 * Plural pointers, round two (ana2, day eleven): "les deux voyagistes", "the two companies", "les deux mutuelles"
 * stand for the merger the article tells even when an aside named two other companies since (a newspaper and a
 * suitor, an older merger of two rivals). Without a merger the pair last told as a subject keeps its place.
 * Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function rivals(text: string): string[] {
  return facts(run(text), 'COMPETES_WITH').map(pair).sort();
}

describe('a plural noun phrase keeps the merging pair over a later aside naming two others', () => {
  const frMerger = 'Les voyagistes Solstice Tours et Kairos Voyages ont annoncé lundi leur fusion. ';
  const enMerger = 'Nordhavn Wind and Castlerock Renewables agreed on Monday to merge. ';
  it.each([
    // a newspaper and a suitor named in an aside
    [
      frMerger +
        'Selon le quotidien Handelsblatt, le groupe espagnol Viajes Ribera avait approché Kairos Voyages. Les deux voyagistes affrontent Héliades Travel.',
      ['Solstice Tours', 'Kairos Voyages'],
    ],
    // an older merger of two others told in between
    [
      frMerger +
        "En 2024, la fusion d'Opalis Voyages et de Rhône Évasion avait donné naissance à un groupe de 900 salariés. Les deux voyagistes affrontent Héliades Travel.",
      ['Solstice Tours', 'Kairos Voyages'],
    ],
    // the same in English, another pointer noun, another rivalry verb
    [
      enMerger +
        'According to the newspaper Børsen, Swedish group Vindkraft Nord had approached Castlerock Renewables. Both companies compete with Orsted Power.',
      ['Nordhavn Wind', 'Castlerock Renewables'],
    ],
  ])('reads "%s"', (text, pairNames) => {
    const got = rivals(text);
    const rival = text.includes('Orsted') ? 'Orsted Power' : 'Héliades Travel';
    for (const name of pairNames) expect(got.some((p) => p.includes(name) && p.includes(rival))).toBe(true);
    for (const aside of [
      'Viajes Ribera',
      'Handelsblatt',
      'Opalis Voyages',
      'Rhône Évasion',
      'Vindkraft Nord',
    ])
      expect(got.some((p) => p.includes(aside) && p.includes(rival))).toBe(false);
  });

  it('takes the pair told as a subject when the article tells no merger', () => {
    const got = rivals(
      'Les voyagistes Solstice Tours et Kairos Voyages publient leurs résultats. Les groupes Opalis Voyages et Rhône Évasion ouvrent des agences à Lyon. Les deux voyagistes affrontent Héliades Travel.',
    );
    expect(got.some((p) => p.includes('Opalis Voyages') && p.includes('Héliades Travel'))).toBe(true);
    expect(got.some((p) => p.includes('Solstice Tours') && p.includes('Héliades Travel'))).toBe(false);
  });
});

describe('a merger noun opening a sentence of rivalry stands for the merging pair', () => {
  const frMerger = "Les semenciers Graines d'Armor et Semalis ont annoncé leur fusion. ";
  const enMerger = 'Nordhavn Wind and Castlerock Renewables agreed to merge. ';
  it.each([
    [frMerger + 'Le rapprochement vise à peser face à Limagrain.', "Graines d'Armor", 'Semalis', 'Limagrain'],
    [
      frMerger + 'La fusion doit leur permettre de rivaliser avec Limagrain.',
      "Graines d'Armor",
      'Semalis',
      'Limagrain',
    ],
    [
      'Les néobanques Kalypso et Fintéo vont fusionner. Le rapprochement doit leur permettre de rivaliser avec Ovalto.',
      'Kalypso',
      'Fintéo',
      'Ovalto',
    ],
    [
      enMerger + 'The deal will allow them to compete with Orsted Power.',
      'Nordhavn Wind',
      'Castlerock Renewables',
      'Orsted Power',
    ],
  ])('reads "%s"', (text, a, b, rival) => {
    const got = rivals(text);
    expect(got.some((p) => p.includes(a) && p.includes(rival))).toBe(true);
    expect(got.some((p) => p.includes(b) && p.includes(rival))).toBe(true);
  });

  it.each([
    // the competition authority is no rival
    frMerger + "La fusion doit encore être approuvée par l'Autorité de la concurrence.",
    // no rivalry told
    frMerger + 'Le rapprochement a été salué par Limagrain.',
    // an acquisition: no merging pair
    "Kessler Logistik a racheté Argonaut Freight. L'opération doit lui permettre de rivaliser avec Transmar.",
  ])('does not read "%s"', (text) => {
    const got = rivals(text);
    expect(got.some((p) => /Semalis|Argonaut/.test(p))).toBe(false);
  });
});
