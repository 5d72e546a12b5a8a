import { facts, pair, run } from './helpers';

describe('how rules read around names', () => {
  it('steps over an apposition between the subject and its verb', () => {
    const a = run(
      'Corvana Inc, the San Francisco-based contact-center software company, has agreed to acquire Chatloop Ltd.',
    );
    expect(facts(a, 'ACQUIRED').map(pair)).toEqual(['Corvana Inc -> Chatloop Ltd']);
  });

  it('never takes the object of a preposition for the buyer', () => {
    const a = run(
      'Suffield Financial Corp said it has received approval from the Maine Bureau of Banking for its proposed acquisition of Coastal Bancorp.',
    );
    expect(facts(a, 'ACQUIRED').map(pair)).toEqual(['Suffield Financial Corp -> Coastal Bancorp']);
  });

  it('does not take the parent named in an apposition for the buyer', () => {
    const a = run('Quantis Software Inc, a unit of Hoshino Corp, acquired Pellucid Data Inc in March.');
    expect(facts(a, 'ACQUIRED').map(pair)).toEqual(['Quantis Software Inc -> Pellucid Data Inc']);
  });

  it('reads buying a minority stake as funding and keeps the stake', () => {
    const a = run(
      'Borealis Communications Ltd said it acquired a 19.9 pct stake in Cascade Data Systems Inc for 18 mln dlrs.',
    );
    expect(facts(a, 'ACQUIRED')).toEqual([]);
    expect(facts(a, 'FUNDED')).toEqual([
      expect.objectContaining({
        source: 'Borealis Communications Ltd',
        target: 'Cascade Data Systems Inc',
        stake: 19.9,
        amount: 18000000,
      }),
    ]);
  });

  it('ignores a price per share and finds the deal value in a following sentence about the price', () => {
    const a = run(
      'Velox Corp said it agreed to buy Ardmore Inc at 26 dlrs a share.\n    The transaction is valued at 91 mln dlrs.',
    );
    expect(facts(a, 'ACQUIRED')[0]).toMatchObject({ amount: 91000000, amountText: '91 mln dlrs' });
  });

  it('resolves "the company" to the subject of its own sentence when it has one', () => {
    const a = run(
      'Trico Industries Inc said shareholders will vote on the proposed acquisition of the company by Paccar Inc.',
    );
    expect(facts(a, 'ACQUIRED').map(pair)).toEqual(['Paccar Inc -> Trico Industries Inc']);
  });

  it('links a short last-word form to the full company name', () => {
    const a = run('Eastman Kodak Co said it bought Ultratech Inc. Kodak said the deal closed.');
    const kodak = a.entities.find((e) => e.name === 'Eastman Kodak Co')!;
    expect(kodak.aliases).toContain('Kodak');
  });
});
