/**
 * Day twenty-nine, precision (second round): "Zara owner Inditex", "Google parent Alphabet": a brand written before
 * "owner" / "parent" names the company after the noun, which is the party; the brand is no party
 * (relations/owner-modifier.ts, asked by syntax.ts `isModifier`; cue-phrase.ts no longer folds the noun into the
 * second name). English only: French writes the brand after the noun ("Inditex, le propriétaire de Zara"), read as
 * before. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';

function facts(text: string, type: string): string[] {
  const r = extractArticle({ file: 'test', text, published: '2026-11-29' });
  return r.relations.filter((x) => x.type === type).map((x) => `${x.source} -> ${x.target}`);
}

/** The rivals of `company` (COMPETES_WITH is symmetric: either side may come first). */
function rivalsOf(text: string, company: string): string[] {
  return facts(text, 'COMPETES_WITH').flatMap((pair) => {
    const [a, b] = pair.split(' -> ');
    return a === company ? [b] : b === company ? [a] : [];
  });
}

describe('a brand before "owner" / "parent" is no party', () => {
  it('gives "was bought last year by Zara owner Inditex" to the owner', () => {
    expect(facts('Alder Foods was bought last year by Zara owner Inditex.', 'ACQUIRED')).toEqual([
      'Inditex -> Alder Foods',
    ]);
  });

  it('gives the rivalry of "competes with Premier Inn owner Whitbread and with Travelodge" to the owner', () => {
    const text =
      'Velto Hotels runs 40 hotels. The company competes with Premier Inn owner Whitbread and with Travelodge in the mid-market segment.';
    expect(rivalsOf(text, 'Velto Hotels').sort()).toEqual(['Travelodge', 'Whitbread']);
  });

  it('reads "Google parent company Alphabet" as Alphabet', () => {
    expect(rivalsOf('Snapvid competes with Google parent company Alphabet in video ads.', 'Snapvid')).toEqual(
      ['Alphabet'],
    );
  });
});

describe('near misses: owners named plainly stay parties', () => {
  it('keeps "competes with Whitbread, the owner of Premier Inn"', () => {
    const text =
      'Velto Hotels runs 40 hotels. The company competes with Whitbread, the owner of Premier Inn, in the mid-market segment.';
    expect(rivalsOf(text, 'Velto Hotels')).toEqual(['Whitbread']);
  });

  it('keeps "bought by its owner B" and "bought by parent company B" (no brand before the noun)', () => {
    expect(facts('Alder Foods was bought by its owner Brenmark Capital.', 'ACQUIRED')).toEqual([
      'Brenmark Capital -> Alder Foods',
    ]);
    expect(facts('Alder Foods was bought by parent company Brenmark Capital.', 'ACQUIRED')).toEqual([
      'Brenmark Capital -> Alder Foods',
    ]);
  });

  it('keeps the French owner told before its brand ("racheté par Inditex, le propriétaire de Zara")', () => {
    expect(
      facts('Le fabricant Alder Foods a été racheté par Inditex, le propriétaire de Zara.', 'ACQUIRED'),
    ).toEqual(['Inditex -> Alder Foods']);
  });
});
