/**
 * Day twelve, anaphora: "Y, X's main rival, bought Z" — the possessor inside an apposition after a company only says
 * whose rival (partner, parent…) that company is; it is not the subject of the verb after the apposition.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('an apposition’s possessor is not the subject', () => {
  it.each([
    [
      "Soundmere hosts shows. Ausha, Acast's main French rival, bought the Danish network Hyggecast in 2024.",
      'Ausha -> Hyggecast',
      'Acast -> Hyggecast',
    ],
    [
      'Halden makes snacks. Brødhus, Halden’s longtime partner, has bought Kornmo.',
      'Brødhus -> Kornmo',
      'Halden -> Kornmo',
    ],
    [
      "Vantor sells software. Orbix, Vantor's biggest competitor, agreed to acquire Skyline Data last month.",
      'Orbix -> Skyline Data',
      'Vantor -> Skyline Data',
    ],
  ])('reads "%s"', (text, expected, wrong) => {
    const acquired = pairs(relationsOf(text), 'ACQUIRED');
    expect(acquired).toContain(expected);
    expect(acquired).not.toContain(wrong);
  });

  it('keeps the rivalry the apposition tells', () => {
    const competes = pairs(
      relationsOf(
        "Soundmere hosts shows. Ausha, Acast's main French rival, bought the Danish network Hyggecast in 2024.",
      ),
      'COMPETES_WITH',
    );
    expect(competes.some((p) => p.includes('Acast') && p.includes('Ausha'))).toBe(true);
  });

  it('leaves a possessor that opens the sentence as the subject ("Acast\'s rival Ausha bought …" is Ausha\'s, "Acast\'s unit, Y, …")', () => {
    const acquired = pairs(
      relationsOf(
        "Soundmere hosts shows. Acast's French unit, Ausha, bought the Danish network Hyggecast in 2024.",
      ),
      'ACQUIRED',
    );
    expect(acquired).not.toContain('Soundmere -> Hyggecast');
  });

  it('leaves a passive’s agent alone ("Y, X\'s rival, was bought by Z")', () => {
    const acquired = pairs(
      relationsOf("Halden makes snacks. Brødhus, Halden's rival, was bought by Kornmo."),
      'ACQUIRED',
    );
    expect(acquired).toEqual(['Kornmo -> Brødhus']);
  });
});
