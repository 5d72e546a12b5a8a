import { facts, run } from './helpers';

function sellers(text: string): (string | null)[] {
  return facts(run(text), 'ACQUIRED').map((r) => r.seller);
}

/** "Y of <town> from X": the town says where the target is; the seller named after it still counts. */
describe('seller named after the target and its town', () => {
  it('reads "from X" after "Y of Town, State"', () => {
    expect(
      sellers(
        'Harlow Tools Inc said it bought Pinecrest Machine Co of Dayton, Ohio, from Vester Industries Inc for 12 mln dlrs.',
      ),
    ).toEqual(['Vester Industries Inc']);
  });

  it('reads "from X" after "the acquisition of Y of Town"', () => {
    expect(
      sellers(
        'Marrow Bancorp announced the acquisition of Quillon Data Services of Boston from Telwick Holdings Ltd, a unit of Orsay Group.',
      ),
    ).toEqual(['Telwick Holdings Ltd']);
  });

  it('names no seller when only the town follows the target', () => {
    expect(
      sellers('Harlow Tools Inc said it bought Pinecrest Machine Co of Dayton for 12 mln dlrs.'),
    ).toEqual([null]);
  });
});
