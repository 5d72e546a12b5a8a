/**
 * Day twenty-three, real wire copy: a party placed with a dotted US state or Canadian province abbreviation ("a
 * Peoria, Ill., utility", "a Madison, Wis., investor") no longer stops the deal rules at the abbreviation's dot, which
 * the tokenizer splits off as if it ended the sentence. Near misses: a relative clause or a dateline after the place,
 * and a real full stop after it. English only: French copy does not abbreviate places this way. Sentences written
 * for these tests.
 */
import { typedDealPairs } from './helpers';

const DAY = '1987-04-02';

describe('a dotted state abbreviation inside the subject apposition', () => {
  it.each([
    [
      'Kestrel Partners, a Boston, Mass., investment firm acquired Tilden Mills Inc for 40 mln dlrs.',
      'ACQUIRED Kestrel Partners -> Tilden Mills Inc',
    ],
    [
      'Marlow Partners, a Tulsa, Okla., investment firm bought 5.1 pct of Calder Bank Corp.',
      'FUNDED Marlow Partners -> Calder Bank Corp',
    ],
    [
      'Grange Electric Co, a Peoria, Ill., utility agreed to buy Fenwick Power Corp.',
      'ACQUIRED Grange Electric Co -> Fenwick Power Corp',
    ],
    [
      'Ingrid Sorensen, a Madison, Wis., investor bought 6.1 pct of Calder Bank Corp.',
      'FUNDED Ingrid Sorensen -> Calder Bank Corp',
    ],
    [
      'Henrik Dahl, a Tacoma, Wash., investor said he raised his stake in Calder Bank Corp to 7.2 pct.',
      'FUNDED Henrik Dahl -> Calder Bank Corp',
    ],
  ])('%s', (text, expected) => {
    expect(typedDealPairs(text, DAY)).toEqual([expected]);
  });
});

describe('near misses: the place still ends the reach where a clause or a sentence ends', () => {
  it('a relative clause after the place is not crossed', () => {
    const text =
      'Orrin Mills Inc was sued in the Court of Common Pleas for Lorain County, Pa., which will rule on its proposed merger into Hatley Corp.';
    expect(typedDealPairs(text, DAY)).not.toContain(
      'ACQUIRED Hatley Corp -> Court of Common Pleas for Lorain County',
    );
  });

  it('a real full stop after the abbreviation still ends the sentence', () => {
    const text = 'Ingrid Sorensen lives in Madison, Wis. Marlow Partners bought 6.1 pct of Calder Bank Corp.';
    expect(typedDealPairs(text, DAY)).toEqual(['FUNDED Marlow Partners -> Calder Bank Corp']);
  });
});
