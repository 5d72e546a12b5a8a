/**
 * Day seventeen, anaphora: a definite pointer in a clause opened by a person pointer ("Ce dernier a cédé
 * la société"); a possessor before another company's apposition. Sentences written for these tests.
 */
import { articleUnits, relationsOf } from './article-units';
import type { ExtractedRelation } from '../../../ingest/types';

function pairs(rels: ExtractedRelation[], type: string): string[] {
  return rels.filter((r) => r.type === type).map((r) => `${r.source} -> ${r.target}`);
}

describe('a definite pointer in a clause opened by a person pointer is the company the paragraph is about', () => {
  const lead =
    "Le groupe Bellerive a racheté la chaîne Lagune pour 140 millions d'euros. Bellerive porte ainsi son parc à 75 hôtels. Le PDG de Bellerive vise 100 hôtels.\n\n";
  it.each([
    [
      'Aquilon Hôtels a été fondé en 2004 par Philippe Moreau. Ce dernier avait cédé le contrôle de la société au fonds Thornbury Partners en 2019.',
      'Thornbury Partners -> Aquilon Hôtels',
    ],
    [
      "Aquilon Hôtels a été fondé en 2004 par Philippe Moreau. Ce dernier avait vendu l'entreprise au fonds Thornbury Partners en 2019.",
      'Thornbury Partners -> Aquilon Hôtels',
    ],
    [
      'Aquilon Hôtels a été fondé en 2004 par Philippe Moreau. Son fondateur avait cédé la société au fonds Thornbury Partners en 2019.',
      'Thornbury Partners -> Aquilon Hôtels',
    ],
  ])('reads "%s"', (text, expected) => {
    const found = pairs(relationsOf(lead + text), 'ACQUIRED');
    expect(found).toContain(expected);
    expect(found).not.toContain('Thornbury Partners -> Bellerive');
  });

  // A sale verb has its own reading of "la société" (the company last told of: deal-sold-pointer.ts), so the
  // paragraph rule is checked on a clause with no deal verb.
  it('keeps the main company while the paragraph names it', () => {
    const units = articleUnits(
      'Le groupe Bellerive a racheté la chaîne Lagune. Aquilon Hôtels a été fondé en 2004 par Philippe Moreau. Ce dernier avait quitté la société en 2019.',
    );
    expect(units[2]).toContain('[*Bellerive]');
  });

  it('gives a sale of "la société" to the company last told of, even while the paragraph names the main one', () => {
    const found = pairs(
      relationsOf(
        'Le groupe Bellerive a racheté la chaîne Lagune. Aquilon Hôtels a été fondé en 2004 par Philippe Moreau. Ce dernier avait cédé le contrôle de la société au fonds Thornbury Partners.',
      ),
      'ACQUIRED',
    );
    expect(found).toContain('Thornbury Partners -> Aquilon Hôtels');
    expect(found).not.toContain('Thornbury Partners -> Bellerive');
  });
});

describe("a possessor before another company's apposition is not the paragraph's company", () => {
  const lead = 'Meridale Health said on Tuesday it had agreed to buy Nephrova for $140 million.\n\n';
  it.each([
    "Meridale's larger rival, Crestway Kidney Care, has taken a different route. The company's chief executive, Martin Oduya, said home care was a niche.",
    "Meridale's main competitor, Crestway Kidney Care, has chosen another path. The group's chief executive, Martin Oduya, said home care was a niche.",
  ])('reads "%s"', (text) => {
    const found = pairs(relationsOf(lead + text), 'LEADS');
    expect(found).toContain('Martin Oduya -> Crestway Kidney Care');
    expect(found).not.toContain('Martin Oduya -> Meridale Health');
  });

  it('keeps the possessor when no company is apposed', () => {
    const found = pairs(
      relationsOf(
        lead + "Meridale's shares rose 3%. The company's chief executive, Martin Oduya, was pleased.",
      ),
      'LEADS',
    );
    expect(found).toContain('Martin Oduya -> Meridale Health');
  });
});
