/**
 * Day twenty-eight, deals (rivalry told with deal verbs): the company a deal places ("The Brayton deal puts Harlow in
 * closer competition with A and B", "Le rachat de X met Y en concurrence directe avec A et B") competes with the
 * rivals named after it, even when the deal's own subject holds a name; "The deal pits Y against larger makers
 * such as A and B", "L'opération oppose Y à des groupes comme A et B": the rivals given as examples of the kind set
 * against Y. Sentences written for these tests; near misses (a place after "in", a name that is no company after the
 * verb, no example marker, a reported clause) give no rivalry with the placed company.
 */
import { rivalPairsOf, sortedRivalPair } from './article-units';

describe('the company a deal places in competition', () => {
  it.each([
    [
      'Harlow Fluid Systems Inc agreed on Tuesday to buy Brayton Meters for $640 million. The Brayton deal puts Harlow in closer competition with Quellmark Instruments and Oskarsen Flow in industrial metering.',
      'Harlow Fluid Systems Inc',
      ['Quellmark Instruments', 'Oskarsen Flow'],
    ],
    [
      'Vetrica Packaging plc said it would acquire Lunden Films. The Lunden purchase places Vetrica in direct competition with Amcorlo Group.',
      'Vetrica Packaging plc',
      ['Amcorlo Group'],
    ],
    [
      'Le groupe Sauvelin a annoncé lundi le rachat de la biscuiterie Kerdoual. Le rachat de Kerdoual met Sauvelin en concurrence directe avec Biscuits Ormelan et Délices de Quimperlé.',
      'Sauvelin',
      ['Biscuits Ormelan', 'Délices de Quimperlé'],
    ],
  ])('%s', (text, placed, others) => {
    const found = rivalPairsOf(text);
    for (const other of others) expect(found).toContain(sortedRivalPair(placed, other));
  });

  it('does not make the deal a rival of the placed company', () => {
    const text =
      'Harlow Fluid Systems Inc agreed on Tuesday to buy Brayton Meters for $640 million. The Brayton deal puts Harlow in closer competition with Quellmark Instruments.';
    expect(rivalPairsOf(text)).not.toContain(sortedRivalPair('Brayton Meters', 'Quellmark Instruments'));
  });

  it('reads no placing when a plain noun, not a company, follows the verb', () => {
    const text =
      'Harlow Fluid Systems Inc agreed on Tuesday to buy Brayton Meters. The Brayton deal puts pressure in the market on Quellmark Instruments.';
    expect(rivalPairsOf(text)).toEqual([]);
  });
});

describe('rivals given as examples of the kind a company is set against', () => {
  it.each([
    [
      'Fernhill Dairy Cooperative agreed to buy Lowvale Foods on Monday. The Lowvale deal pits Fernhill against larger cheese makers such as Castell Creamery and Bramwick Farms.',
      'Fernhill Dairy Cooperative',
      ['Castell Creamery', 'Bramwick Farms'],
    ],
    [
      "Le groupe Lactimont a racheté la laiterie Brenval. L'opération oppose Lactimont à des groupes laitiers comme Fromagerie Ardouin et Laiterie Morvanne.",
      'Lactimont',
      ['Fromagerie Ardouin', 'Laiterie Morvanne'],
    ],
  ])('%s', (text, placed, others) => {
    const found = rivalPairsOf(text);
    for (const other of others) expect(found).toContain(sortedRivalPair(placed, other));
  });

  it('reads no example list that a relative clause opens', () => {
    const text =
      'Fernhill Dairy Cooperative agreed to buy Lowvale Foods on Monday. The deal pits Fernhill against larger cheese makers, which sell to retailers such as Tesco Stores and Morlow Markets.';
    const found = rivalPairsOf(text);
    expect(found).not.toContain(sortedRivalPair('Fernhill Dairy Cooperative', 'Tesco Stores'));
    expect(found).not.toContain(sortedRivalPair('Fernhill Dairy Cooperative', 'Morlow Markets'));
  });
});
