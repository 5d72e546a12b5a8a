/**
 * Day thirty-one, funding: those beside a stake-taker fund the company it took a stake in, past a relative that
 * describes that company ("dans Y, qui conçoit des robots, aux côtés de B", "in Y, which makes sensors, alongside
 * B"; frames/funded-alongside-past-relative.ts) and past a date between the verb and the stake ("avait pris en 2023
 * une participation dans Y"; funded-time-inserts.ts). Sentences written for these tests.
 */
import { facts, pair, run } from './helpers';

function funded(text: string): string[] {
  return facts(run(text, '2026-11-20'), 'FUNDED')
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(pair)
    .sort();
}

const FR_LEAD = 'Le groupe lorrain Valmor réalise 80 millions d’euros de chiffre d’affaires.';
const EN_LEAD = 'Brayford Foods is a British maker of chilled meals.';

describe('co-investors past a relative describing the company', () => {
  it.each([
    'Valmor a pris une participation de 20 % dans Cobotix, qui conçoit des bras robotisés, aux côtés de Lorraine Amorçage.',
    'Valmor avait pris en 2024 une participation de 20 % dans la start-up messine Cobotix, qui conçoit des bras robotisés, aux côtés de Lorraine Amorçage.',
  ])('%s', (sentence) => {
    expect(funded(`${FR_LEAD} ${sentence}`)).toEqual(['Lorraine Amorçage -> Cobotix', 'Valmor -> Cobotix']);
  });

  it('reads the English relative too', () => {
    const sentence =
      'Brayford invested 8 million pounds in Greenvat, which makes plant-based sauces, alongside Tamar Ventures.';
    expect(funded(`${EN_LEAD} ${sentence}`)).toEqual([
      'Brayford Foods -> Greenvat',
      'Tamar Ventures -> Greenvat',
    ]);
  });

  it('near miss: "avec" past the relative may be a partner, not a co-investor', () => {
    const sentence =
      'Valmor a pris une participation de 20 % dans Cobotix, qui conçoit des bras robotisés, avec Lorraine Amorçage.';
    expect(funded(`${FR_LEAD} ${sentence}`)).not.toContain('Lorraine Amorçage -> Cobotix');
  });

  it('near miss: a relative that names its own partner is no co-investment', () => {
    const sentence =
      'Valmor a pris une participation de 20 % dans Cobotix, qui travaille aux côtés de Stellantis sur ses usines.';
    expect(funded(`${FR_LEAD} ${sentence}`)).not.toContain('Stellantis -> Cobotix');
  });

  it('a date between the verb and the stake keeps the stake', () => {
    const sentence =
      'Valmor avait pris en 2024 une participation de 15 % dans Cobotix, aux côtés de Lorraine Amorçage.';
    expect(funded(`${FR_LEAD} ${sentence}`)).toEqual(['Lorraine Amorçage -> Cobotix', 'Valmor -> Cobotix']);
  });
});
