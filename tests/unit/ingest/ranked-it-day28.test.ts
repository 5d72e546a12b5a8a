/**
 * Day twenty-eight, precision (second round): "It is the third-largest supplier …, with a 12% share, behind A and
 * B" — a copula that ranks "it" among the makers of a trade makes the pronoun the company, not an expletive
 * (relations/anaphora-ranked-it.ts, asked by units-pronouns.ts `subjectPronoun`). English only: the French "il/elle
 * est le troisième fournisseur" goes through the French pronoun reader. Sentences written for these tests.
 */
import { extractArticle } from '../../../ingest/extract';
import { tokenize } from '../../../ingest/tokens';
import { ranksCompanyAfterCopula } from '../../../ingest/relations/anaphora-ranked-it';

function rivals(text: string): string[] {
  return extractArticle({ file: 'test', text, published: '2026-11-26' })
    .relations.filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => [r.source, r.target].sort().join(' <-> '));
}

/** Whether the words after the opening "It" of `text` rank a company. */
function ranks(text: string): boolean {
  return ranksCompanyAfterCopula(tokenize(text), 1);
}

describe('"It is the <rank> <trade noun>"', () => {
  it('reads a rank before a trade noun', () => {
    expect(ranks('It is the third-largest supplier of frozen pizza')).toBe(true);
    expect(ranks("It was the world's biggest maker of ski boots")).toBe(true);
    expect(ranks('It remains the leading independent operator in Wales')).toBe(true);
  });

  it('gives the share holder its rivals', () => {
    const text =
      'Harbeck Bakeries employs 700 people in Leeds. It is the second-largest supplier of sliced bread to British ' +
      'supermarkets, with a 14% share, behind Warrendale Foods and Crumbworth.';
    expect(rivals(text)).toEqual(
      expect.arrayContaining(['Harbeck Bakeries <-> Warrendale Foods', 'Crumbworth <-> Harbeck Bakeries']),
    );
  });

  it('leaves an expletive or a ranked deal alone', () => {
    expect(ranks('It is unclear whether the deal will close')).toBe(false);
    expect(ranks('It is the first time the group has bought a rival')).toBe(false);
    expect(ranks('It is the largest deal in the sector')).toBe(false);
    const text =
      'Harbeck Bakeries employs 700 people in Leeds. It is unclear whether it holds a 14% share of the market, ' +
      'behind Warrendale Foods and Crumbworth.';
    expect(rivals(text)).not.toContain('Harbeck Bakeries <-> Warrendale Foods');
  });
});
