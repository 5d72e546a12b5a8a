/**
 * Real wire copy, day seventeen (round two): buying or taking over an unnamed division / unit of Y is ACQUIRED
 * buyer -> Y (wire-unit-of-seller.ts, GOLD-FORMAT's business-of rule). Sentences written for these tests in the
 * Reuters style.
 */
import { facts, run } from './helpers';

const PUBLISHED = '1987-06-18';
const acquired = (text: string): string[] =>
  facts(run(text, PUBLISHED), 'ACQUIRED')
    .filter((r) => r.status !== 'abandoned' && r.status !== 'rumoured')
    .map((r) => `${r.source} -> ${r.target}`)
    .sort();

describe('an unnamed division bought from its owner', () => {
  it.each([
    'NEW YORK, June 18 - Harlan Corp has acquired the audiovisual division of Dexter Tool Co.',
    'NEW YORK, June 18 - Harlan Corp said it acquired the chemicals division of Dexter Tool Co.',
    'NEW YORK, June 18 - Harlan Corp took over the engine division of Dexter Tool Co.',
    'NEW YORK, June 18 - Harlan Corp has taken over the consumer goods division of British group Dexter Tool Co.',
    'NEW YORK, June 18 - Harlan Corp will purchase the two pipe units of Dexter Tool Co for 14 mln dlrs.',
  ])('%s', (text) => {
    expect(acquired(text)).toEqual(['Harlan Corp -> Dexter Tool Co']);
  });

  it("the buyer before its parent's apposition and ticker", () => {
    const text =
      'PARIS, June 18 - Thomson Grand Public, the subsidiary of Thomson SA <THMP.PA>, has taken over the audiovisual consumer goods division of British group Thorn EMI, Thomson Grand Public chairman Pierre Garcin said.';
    expect(acquired(text)).toContain('Thomson Grand Public -> Thorn EMI');
  });
});

describe('what the reading leaves', () => {
  it('a named division stays the target', () => {
    const text =
      'NEW YORK, June 18 - Harlan Corp said it acquired the Alliance Automation Systems division of Gleason Corp.';
    expect(acquired(text)).toEqual(['Harlan Corp -> Alliance Automation Systems']);
  });

  it('a named company described as a unit of its parent', () => {
    const text = 'NEW YORK, June 18 - Harlan Corp said it acquired Borman Inc, a unit of Dexter Tool Co.';
    expect(acquired(text)).toEqual(['Harlan Corp -> Borman Inc']);
  });

  it('a denied purchase is not made', () => {
    const text =
      'NEW YORK, June 18 - Harlan Corp denied it would buy the chemicals division of Dexter Tool Co.';
    expect(acquired(text)).toEqual([]);
  });

  it('a named company bought, described as the arm of its parent', () => {
    const text =
      'NEW YORK, June 18 - Harlan Corp has closed its acquisition of Borman Inc, the chemicals arm of Dexter Tool Co.';
    expect(acquired(text)).not.toContain('Harlan Corp -> Dexter Tool Co');
  });

  it('taken over by a unit is a passive', () => {
    const text =
      'NEW YORK, June 18 - Harlan Corp has been taken over by the engine division of Dexter Tool Co.';
    expect(acquired(text)).not.toContain('Harlan Corp -> Dexter Tool Co');
  });
});
