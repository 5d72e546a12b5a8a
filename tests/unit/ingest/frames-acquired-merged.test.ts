import { facts, run } from './helpers';

/** MERGED_WITH facts of one text as "a + b" (names sorted: the relation has no direction). */
function mergers(text: string): string[] {
  return facts(run(text), 'MERGED_WITH').map((r) => [r.source, r.target].sort().join(' + '));
}

function frameMergers(text: string): string[] {
  return facts(run(text), 'MERGED_WITH')
    .filter((r) => r.rule === 'any.merged.frame')
    .map((r) => [r.source, r.target].sort().join(' + '));
}

describe('merger frame: two companies as the subject of a verb of merging', () => {
  it('reads "A et B unissent leurs forces"', () => {
    expect(
      frameMergers(
        'Orvane Telecom et Belcastel Réseaux unissent leurs forces pour créer un leader régional.',
      ),
    ).toEqual(['Belcastel Réseaux + Orvane Telecom']);
  });

  it('reads "A et B se rapprochent"', () => {
    expect(frameMergers('Orvane Telecom et Belcastel Réseaux se rapprochent.')).toEqual([
      'Belcastel Réseaux + Orvane Telecom',
    ]);
  });

  it('does not read "unissent leurs offres" (a partnership)', () => {
    expect(mergers('Orvane Telecom et Belcastel Réseaux unissent leurs offres.')).toEqual([]);
  });

  it('does not read two companies nearing something', () => {
    expect(mergers('Orvane Telecom et Belcastel Réseaux se rapprochent du seuil de rentabilité.')).toEqual(
      [],
    );
  });
});

describe('merger frame: one company merging with another', () => {
  it('reads "A a finalisé sa fusion avec B"', () => {
    expect(frameMergers('Orvane Telecom a finalisé sa fusion avec Belcastel Réseaux.')).toEqual([
      'Belcastel Réseaux + Orvane Telecom',
    ]);
  });

  it('pairs the companies after the noun, not the subject that comments on their merger', () => {
    expect(
      frameMergers(
        'Le groupe Belcastel a salué le rapprochement des opérateurs régionaux Orvane Telecom et Dalmer Fibre.',
      ),
    ).toEqual(['Dalmer Fibre + Orvane Telecom']);
  });
});
