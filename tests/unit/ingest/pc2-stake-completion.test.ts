import { facts, pair, run } from './helpers';

function typed(text: string): string[] {
  return facts(run(text))
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map((r) => `${r.type} ${pair(r)}`);
}

describe('a minority share that completes ownership is a takeover', () => {
  it('reads "the remaining N pct" and "the outstanding N pct" as ACQUIRED', () => {
    expect(
      typed('Brandt Chemie AG said it bought the remaining 18 pct of Holvik Paints Ltd for 40 mln crowns.'),
    ).toEqual(['ACQUIRED Brandt Chemie AG -> Holvik Paints Ltd']);
    expect(
      typed('Brandt Chemie AG has agreed to acquire the outstanding 30 pct of Holvik Paints Ltd.'),
    ).toEqual(['ACQUIRED Brandt Chemie AG -> Holvik Paints Ltd']);
  });

  it('reads "the N pct of Y it does not already own" as ACQUIRED', () => {
    expect(
      typed(
        'Brandt Chemie AG said it will buy the 35 pct of Holvik Paints Ltd that it does not already own.',
      ),
    ).toEqual(['ACQUIRED Brandt Chemie AG -> Holvik Paints Ltd']);
  });

  it('reads a plain minority purchase as FUNDED', () => {
    expect(typed('Brandt Chemie AG said it bought 18 pct of Holvik Paints Ltd for 40 mln crowns.')).toEqual([
      'FUNDED Brandt Chemie AG -> Holvik Paints Ltd',
    ]);
    // "outstanding" after the share measures the stock, it completes nothing
    expect(
      typed(
        'Brandt Chemie AG said it has acquired 210,000 shares of Holvik Paints Ltd, or 6.1 pct of the outstanding stock.',
      ),
    ).toEqual(['FUNDED Brandt Chemie AG -> Holvik Paints Ltd']);
  });

  it('does not lend another party\'s "remaining" share to this buyer', () => {
    const read = typed(
      'Brandt Chemie AG plans to buy a 20 pct stake in Holvik Paints Ltd, with <Sorell Oy> taking the remaining 80 pct.',
    );
    expect(read).not.toContain('ACQUIRED Brandt Chemie AG -> Holvik Paints Ltd');
  });
});
