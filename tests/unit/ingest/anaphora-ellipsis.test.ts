/**
 * A subject left out in a second verb phrase (ana2, day eleven): "X bought A in 2022 and, in 2024, acquired B",
 * "X a racheté A en 2019, puis pris le contrôle en 2023 de B", "X backed A and last year invested in B". The first
 * verb's subject is the second's; the object just before the coordinator is never its subject. Sentences written
 * for these tests.
 */
import { facts, madePairs, pair, run } from './helpers';

function pairs(text: string, type: string): string[] {
  return facts(run(text), type).map(pair).sort();
}

describe('the second verb phrase keeps the first subject across a time phrase', () => {
  it.each([
    [
      'Nordhavn Wind is Danish. Nordhavn Wind bought Ostsee Energie in 2022 and, in 2024, acquired Baltkabel.',
      'ACQUIRED',
      'Nordhavn Wind -> Baltkabel',
    ],
    [
      'Nordhavn Wind is Danish. It bought Ostsee Energie in 2022 and then, last March, purchased Baltkabel.',
      'ACQUIRED',
      'Nordhavn Wind -> Baltkabel',
    ],
    [
      'Nordhavn Wind is Danish. Nordhavn Wind bought Ostsee Energie in 2022 and, last year, took a minority stake in Baltkabel.',
      'FUNDED',
      'Nordhavn Wind -> Baltkabel',
    ],
    [
      'Nordhavn Wind is Danish. Nordhavn Wind backed Ostsee Energie in 2022 and last year invested in Baltkabel.',
      'FUNDED',
      'Nordhavn Wind -> Baltkabel',
    ],
    [
      'Nordhavn Wind is Danish. Nordhavn Wind backed Ostsee Energie in 2022 and last year invested in Baltkabel.',
      'FUNDED',
      'Nordhavn Wind -> Ostsee Energie',
    ],
    [
      "Halvorsen Defence fabrique des radars. Halvorsen Defence a repris Kalmar Sensor en 2021, puis l'an dernier racheté Arktis AI.",
      'ACQUIRED',
      'Halvorsen Defence -> Arktis AI',
    ],
    [
      'Halvorsen Defence fabrique des radars. Halvorsen Defence a acquis Kalmar Sensor en 2021 et, en 2024, pris le contrôle de Arktis AI.',
      'ACQUIRED',
      'Halvorsen Defence -> Arktis AI',
    ],
    [
      'Lactalpes est une coopérative. Lactalpes a racheté en 2019 la fromagerie Perrin-Mollard, puis pris le contrôle en 2023 de la laiterie jurassienne Comté Delorme.',
      'ACQUIRED',
      'Lactalpes -> Comté Delorme',
    ],
    [
      "Auriga Capital est un fonds. Auriga Capital a financé la biotech Dermagen en 2020, puis investi l'an dernier dans la medtech nantaise Ortholab.",
      'FUNDED',
      'Auriga Capital -> Ortholab',
    ],
  ])('reads "%s"', (text, type, expected) => {
    expect(pairs(text, type)).toContain(expected);
  });
});

describe('the object before the coordinator is no subject of the second verb', () => {
  it.each([
    [
      "Lactalpes est une coopérative. La coopérative d'Annecy a racheté en 2019 la fromagerie Perrin-Mollard, puis pris le contrôle en 2023 de Comté Delorme.",
      'ACQUIRED',
      'Perrin-Mollard -> Comté Delorme',
    ],
    [
      "Auriga Capital est un fonds. Le fonds a financé la biotech Dermagen en 2020, puis investi l'an dernier dans la medtech nantaise Ortholab.",
      'FUNDED',
      'Dermagen -> Ortholab',
    ],
  ])('does not read "%s" as the object buying', (text, type, wrong) => {
    expect(pairs(text, type)).not.toContain(wrong);
  });

  it('leaves a second clause with its own subject to that subject', () => {
    const text =
      'Halvorsen Defence fabrique des radars. Halvorsen Defence a racheté Kalmar Sensor en 2021, puis Arktis AI a racheté Baltkabel.';
    expect(pairs(text, 'ACQUIRED')).toEqual(['Arktis AI -> Baltkabel', 'Halvorsen Defence -> Kalmar Sensor']);
  });

  it('reads a second object without a second verb as no second subject ("bought A and B")', () => {
    const text = 'Nordhavn Wind is Danish. Nordhavn Wind bought Ostsee Energie and Baltkabel in 2022.';
    expect(pairs(text, 'ACQUIRED')).not.toContain('Ostsee Energie -> Baltkabel');
  });

  it('tells no made deal for a second phrase that only considers buying', () => {
    const text =
      'Nordhavn Wind is Danish. Nordhavn Wind bought Ostsee Energie in 2022 and, last year, hoped to buy Baltkabel.';
    expect(madePairs(text, null, 'ACQUIRED')).not.toContain('Nordhavn Wind -> Baltkabel');
  });
});
