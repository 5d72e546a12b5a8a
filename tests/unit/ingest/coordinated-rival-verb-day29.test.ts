/**
 * Day twenty-nine, French press (second round): a second rivalry verb coordinated after a comma shares the first
 * verb's subject ("X fait face à A et au danois B, et se dit talonné par C"; frames/rivals-coordinated-verb.ts
 * `objectBeforeSecondVerb`): the names closing the first verb phrase are its objects, not the second verb's
 * subject. Sentences written for these tests.
 */
import { pairsInLastParagraph, unorderedPair } from './helpers';

describe('a second rivalry verb after ", et"', () => {
  it.each([
    [
      "Le lyonnais Ferovia lève 8 millions d'euros.",
      "Sur le marché des rails légers, le lyonnais fait face à l'allemand Schienwerk et au suédois Railnor, et se dit talonné en France par le nordiste Voirail.",
      ['Ferovia', 'Voirail'],
    ],
    [
      "Ferovia lève 8 millions d'euros.",
      'Sur ce marché, Ferovia affronte Schienwerk, et se dit talonné par Voirail.',
      ['Ferovia', 'Voirail'],
    ],
    [
      'Ferovia raised $8 million.',
      'In Europe, Ferovia competes with Schienwerk, and now trails Voirail.',
      ['Ferovia', 'Voirail'],
    ],
  ])('%s %s', (lead, sentence, [a, b]) => {
    const got = pairsInLastParagraph(lead, sentence);
    expect(got).toContain(unorderedPair(a, b));
    expect(got).not.toContain(unorderedPair('Schienwerk', 'Voirail'));
  });

  it('near miss: a new named subject after ", et" keeps its own clause', () => {
    const got = pairsInLastParagraph(
      "Ferovia lève 8 millions d'euros.",
      'Sur ce marché, Ferovia affronte Schienwerk, et Railnor est talonné par Voirail.',
    );
    expect(got).not.toContain(unorderedPair('Ferovia', 'Voirail'));
  });
});
