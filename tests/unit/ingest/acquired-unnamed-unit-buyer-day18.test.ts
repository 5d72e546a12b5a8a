/**
 * Day eighteen, real wire text: a buyer the text gives only as "an affiliate / a unit / a subsidiary of X" is X's
 * deal, so X is the buyer (syntax.ts, unnamedUnitAsAgent). A named unit keeps the deal, and a parent told in an
 * apposition stays no party. Sentences written for these tests in the Reuters style.
 */
import { madePairs } from './helpers';

const PUBLISHED = '1987-03-12';
const acquired = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('the parent of an unnamed buying unit is the buyer', () => {
  it.each([
    [
      'NEW YORK, March 12 - Harlan Corp said it agreed to sell Dexter Tool Co to an affiliate of Norvell Capital Inc.',
      'Norvell Capital Inc -> Dexter Tool Co',
    ],
    [
      'NEW YORK, March 12 - Harlan Corp said it agreed to sell its Dexter Tool unit to a subsidiary of Norvell Capital Inc.',
      'Norvell Capital Inc -> Dexter Tool',
    ],
    [
      'NEW YORK, March 12 - Dexter Tool Co said it agreed to be acquired by a unit of Norvell Capital Inc for 40 mln dlrs.',
      'Norvell Capital Inc -> Dexter Tool Co',
    ],
    [
      'PITTSBURGH, March 12 - Harlan said a lawsuit seeks to block the sale of Harlan Corp to an affiliate of Norvell Capital Inc.',
      'Norvell Capital Inc -> Harlan Corp',
    ],
  ])('%s', (text, expected) => {
    expect(acquired(text)).toContain(expected);
  });
});

describe('a named unit or an apposed parent is not replaced', () => {
  it('a named unit buys', () => {
    expect(
      acquired(
        'NEW YORK, March 12 - Harlan Corp sold Dexter Tool Co to Gamma Corp, a unit of Norvell Capital Inc.',
      ),
    ).toEqual(['Gamma Corp -> Dexter Tool Co']);
  });
  it('the parent in an apposition is no party', () => {
    expect(
      acquired('NEW YORK, March 12 - Quantis Corp, a unit of Norvell Capital Inc, acquired Dexter Tool Co.'),
    ).toEqual(['Quantis Corp -> Dexter Tool Co']);
  });
});
