/**
 * Day twenty-nine, deals: the second partner of a merger told after "and/et" with a possessive and a short
 * descriptor of its own ("A and Irish rival B said they had agreed an all-share merger of equals", "A and its Dutch
 * peer B have agreed a merger of equals", "A et son concurrent lyonnais B ont annoncé leur fusion")
 * (frames/acquired-merged.ts `partnerAfterAnd`). Near misses: a third company between the pair and the merger,
 * a merger noun nobody announces, and a lone seat word ("and Dresden-based B") that would pair a city with B. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function mergers(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('MERGED_WITH '))
    .map((f) => f.replace('MERGED_WITH ', '').split(' -> ').sort().join(' <-> '));
}

describe('a merger partner with its own descriptor after "and/et"', () => {
  it('English: "A and Irish rival B said they had agreed an all-share merger of equals"', () => {
    expect(
      mergers(
        'Seed breeder Kornfeld Saaten and Danish rival Agrolund Genetics said on Monday they had agreed an all-share merger of equals.',
      ),
    ).toContain('Agrolund Genetics <-> Kornfeld Saaten');
  });

  it('English: a possessive before the descriptor ("and its Dutch peer B")', () => {
    expect(
      mergers('Kornfeld Saaten and its Dutch peer Veldhoven Zaden have agreed a merger of equals.'),
    ).toContain('Kornfeld Saaten <-> Veldhoven Zaden');
  });

  it('French: « A et son concurrent lyonnais B ont annoncé leur fusion »', () => {
    expect(
      mergers(
        'Le semencier Graines Morvan et son concurrent lyonnais Semences Rhodia ont annoncé mardi leur fusion.',
      ),
    ).toContain('Graines Morvan <-> Semences Rhodia');
  });

  it('near miss: a merger noun under talk, not announced', () => {
    expect(
      mergers(
        'Kornfeld Saaten and Danish rival Agrolund Genetics are exploring a possible merger, sources said.',
      ),
    ).toEqual([]);
  });

  it('near miss: a lone seat word before the second partner is no descriptor of a rival', () => {
    const found = mergers(
      "In Germany, two family-owned carriers, Munich's Isarfracht and Dresden-based Elbtal Logistik, agreed to merge into one group.",
    );
    expect(found.some((p) => p.includes('Munich'))).toBe(false);
  });

  it('near miss: a third company standing between the pair and the merger', () => {
    expect(
      mergers(
        'Kornfeld Saaten and Danish rival Agrolund Genetics said Veldhoven Zaden had agreed a merger with Hortimax.',
      ),
    ).not.toContain('Agrolund Genetics <-> Kornfeld Saaten');
  });
});
