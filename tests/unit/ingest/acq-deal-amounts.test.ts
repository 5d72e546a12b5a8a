import { facts, run } from './helpers';

function amounts(text: string): (string | null)[] {
  return facts(run(text), 'ACQUIRED').map((r) => r.amountText);
}

/** Money that measures a company or finances the deal is not what the deal is worth. */
describe('deal price versus other figures', () => {
  it('skips an amount used as the size of the target ("a 40 mln dlr savings bank")', () => {
    expect(
      amounts(
        'Halvorsen Tool Corp said it agreed to buy Brenlow Savings Bank, a 40 mln dlr state-chartered savings bank, for 12 mln dlrs.',
      ),
    ).toEqual(['12 mln dlrs']);
  });

  it('skips assets told after the amount ("which has 90 mln dlrs in assets")', () => {
    expect(
      amounts(
        'Halvorsen Tool Corp said it agreed to acquire Brenlow Financial Corp, which has 90 mln dlrs in assets, for 7 mln dlrs.',
      ),
    ).toEqual(['7 mln dlrs']);
  });

  it('does not lend the money raised to pay for the deal as its price', () => {
    const found = amounts(
      'Halvorsen Tool Corp said it agreed to buy Brenlow Inc. To pay the price it will raise 20 mln dlrs through a placing of new shares.',
    );
    expect(found).toEqual([null]);
  });

  it('still reads a price given as an adjective of the bid ("a 150 mln dlr bid")', () => {
    expect(amounts('Halvorsen Tool Corp made a 150 mln dlr bid to buy Brenlow Inc.')).toEqual([
      '150 mln dlr',
    ]);
  });
});
