/**
 * Day eighteen, real wire text: a capitals headline shortens the deal's parties (the parent for its buying
 * subsidiary); the body's own telling wins (headline-deal-guard.ts). Stories
 * written for these tests in the Reuters style.
 */
import { madePairs } from './helpers';

const acquired = (text: string): string[] => madePairs(text, '1987-06-18', 'ACQUIRED');

describe("the body's buyer replaces the headline's parent", () => {
  it.each([
    'NORVELL TAKES OVER DEXTER TOOL\n\nNEW YORK, June 18 - Harlan Electronics Inc, a unit of Norvell Corp, agreed to acquire Dexter Tool Co for 40 mln dlrs.',
    'NORVELL BUYS DEXTER TOOL\n\nNEW YORK, June 18 - Harlan Electronics Inc, the subsidiary of Norvell Corp, has taken over Dexter Tool Co.',
    'NORVELL TO ACQUIRE DEXTER TOOL\n\nNEW YORK, June 18 - Harlan Electronics Inc, which is owned by Norvell Corp, said it completed the acquisition of Dexter Tool Co.',
  ])('%s', (text) => {
    expect(acquired(text)).toEqual(['Harlan Electronics Inc -> Dexter Tool Co']);
  });
});

describe('a headline told again by the body stays', () => {
  it('same parties', () => {
    const text =
      'HARLAN BUYS DEXTER TOOL\n\nNEW YORK, June 18 - Harlan Corp said it agreed to buy Dexter Tool Co for 40 mln dlrs.';
    expect(acquired(text)).toEqual(['Harlan Corp -> Dexter Tool Co']);
  });
  it('a headline alone', () => {
    expect(
      acquired('HARLAN CORP TO BUY DEXTER TOOL CO\n\nNEW YORK, June 18 - Terms were not disclosed.'),
    ).toEqual(['HARLAN CORP -> DEXTER TOOL CO']);
  });
});
