/**
 * A fronted "Après le rachat de Y, X …" (deals, day thirty, second round; ingest/relations/frames/acquired-fronted.ts):
 * the main clause's subject bought Y, as with "Avec le rachat de Y, X …" and English "After its purchase of Y, X …".
 * Near misses: a buyer named after "par" in the phrase, and a failed deal ("Après l'échec du rachat de Y").
 * Sentences written for these tests.
 */
import { facts, run } from './helpers';

const deals = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED').map((r) => `${r.source} -> ${r.target}`);

describe('a deal fronted by "après" is the main subject\'s', () => {
  it('French: "Après le rachat de Y en 2023, X est devenu …"', () => {
    expect(deals('Après le rachat de Brévia en 2023, Vialtis est devenu le numéro deux du secteur.')).toEqual(
      ['Vialtis -> Brévia'],
    );
  });

  it('French: a descriptor before the company, "Après la reprise de la biscuiterie Y, le groupe X …"', () => {
    expect(deals('Après la reprise de la biscuiterie Brévia, le groupe Vialtis a doublé de taille.')).toEqual(
      ['Vialtis -> Brévia'],
    );
  });

  it('English: "After its purchase of Y in 2023, X became …"', () => {
    expect(
      deals('After its purchase of Brevia in 2023, Vialtis Group became the second-largest player.'),
    ).toEqual(['Vialtis Group -> Brevia']);
  });

  it('near miss: the buyer named after "par" in the phrase', () => {
    expect(deals('Après le rachat de Brévia par Moréval, Vialtis a perdu des clients.')).toEqual([
      'Moréval -> Brévia',
    ]);
  });

  it('near miss: a failed deal names no purchase', () => {
    expect(deals("Après l'échec du rachat de Brévia, Vialtis a changé de stratégie.")).toEqual([]);
  });
});
