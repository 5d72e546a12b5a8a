/**
 * Day eighteen, real wire text: the name after "shares held by" / "stake owned by" owns what is sold, it does not
 * buy it (deal-other-agent.ts, holderOfSharesBought). Sentences written for these tests in the Reuters style.
 */
import { madePairs } from './helpers';

const acquired = (text: string): string[] => madePairs(text, '1987-04-02', 'ACQUIRED');

describe('the holder of the shares bought is no buyer', () => {
  it.each([
    "NEW YORK, April 2 - Harlan Corp completed its purchase of Dexter Tool Co's shares held by Norvell Capital Inc for undisclosed terms.",
    "NEW YORK, April 2 - Harlan Corp agreed to the purchase of Dexter Tool Co's 2.1 mln shares owned by Norvell Capital Inc.",
    'NEW YORK, April 2 - Harlan Corp said it bought the Dexter Tool Co stake owned by Norvell Capital Inc.',
    'Kelvra a racheté les actions de Dexalis détenues par Norvell Capital.',
  ])('%s', (text) => {
    const pairs = acquired(text);
    expect(pairs.filter((p) => p.startsWith('Norvell'))).toEqual([]);
  });
});

describe('a buyer after "by" stays the buyer', () => {
  it.each([
    'NEW YORK, April 2 - Dexter Tool Co said it agreed to be acquired by Norvell Capital Inc.',
    'NEW YORK, April 2 - Dexter Tool Co said its shares were bought by Norvell Capital Inc, which now holds 60 pct.',
    'NEW YORK, April 2 - Dexter Tool Co was acquired last year by Norvell Capital Inc.',
  ])('%s', (text) => {
    expect(acquired(text)).toEqual(['Norvell Capital Inc -> Dexter Tool Co']);
  });
});
