/**
 * A holding raised with a time phrase before both figures (deals, day thirty, ingest/relations/fr/stake-raise.ts
 * `FIGURES_GAP`): "X a porté en octobre de 40 % à 65 % sa participation dans Y" is control taken (ACQUIRED), "fin
 * 2024 de 20 % à 35 %" a minority raised (FUNDED). French only: English puts the figures after the holding ("raised
 * its stake in Y to 65 percent from 40 percent in October"), read already. Sentences written for these tests.
 */
import { facts, run } from './helpers';

const stakeFacts = (text: string): string[] =>
  facts(run(text, '2026-03-02'))
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map((r) => `${r.type} ${r.source} -> ${r.target} ${r.date}`);

describe('a time phrase before the figures of a raised holding', () => {
  it.each([
    [
      'Valmorel Industrie a porté en octobre de 40 % à 65 % sa participation dans le transitaire Quaibrune.',
      'ACQUIRED Valmorel Industrie -> Quaibrune 2025-10',
    ],
    [
      'Valmorel Industrie a porté en septembre dernier de 45 % à 80 % sa participation dans Quaibrune.',
      'ACQUIRED Valmorel Industrie -> Quaibrune 2025-09',
    ],
    [
      'Valmorel Industrie a porté fin 2024 de 20 % à 35 % sa participation dans Quaibrune.',
      'FUNDED Valmorel Industrie -> Quaibrune 2024',
    ],
  ])('%s', (text, expected) => {
    expect(stakeFacts(text)).toEqual([expected]);
  });
});

describe('near misses', () => {
  it.each([
    // a holding stated, not raised
    'Valmorel Industrie porte depuis dix ans le projet de croissance externe, et sa participation dans Quaibrune reste de 20 %.',
    // the verb carries something else than the holding
    'Valmorel Industrie a porté en octobre de 40 à 65 le nombre de ses camions, et sa participation dans Quaibrune est inchangée.',
  ])('%s', (text) => {
    expect(stakeFacts(text)).toEqual([]);
  });
});
