import { facts, pair, run } from './helpers';

/**
 * Wire-copy bids told from the target's side: the board answers a proposal that names the bidder after "of",
 * before the noun ("the X takeover bid"), or after "announced by"; shares tendered are counted with their
 * percentage between the target and the verb.
 */
const TARGET_SIDE_BIDS: [text: string, expected: string][] = [
  [
    'Halvorsen Tool Corp said its board voted not to accept the revised proposal of Brenlow Industries Inc, a private investment firm.',
    'Brenlow Industries Inc -> Halvorsen Tool Corp',
  ],
  [
    'Quarry Ridge Mining Co said its directors were studying the Tallis Resources Ltd takeover proposal.',
    'Tallis Resources Ltd -> Quarry Ridge Mining Co',
  ],
  [
    'Ostmark Paper Co said it was urging its holders to take no action at all on the 31-dlr-a-share cash tender offer for all its common stock started late on Monday by Vellacourt Holdings Inc.',
    'Vellacourt Holdings Inc -> Ostmark Paper Co',
  ],
  [
    'Pelham Foods Inc said it would not recommend the partial offer at 45 dlrs per share announced yesterday by Corrie Brands Corp.',
    'Corrie Brands Corp -> Pelham Foods Inc',
  ],
  [
    'Dunmore Electric Corp said 1,412,300 Westfall Controls Inc common shares, or roughly 91 pct of the 1.6 mln shares outstanding, have been tendered so far.',
    'Dunmore Electric Corp -> Westfall Controls Inc',
  ],
];

describe('bids told from the target side (wire copy)', () => {
  it.each(TARGET_SIDE_BIDS)('%s', (text, expected) => {
    expect(facts(run(text), 'ACQUIRED').map(pair)).toContain(expected);
  });

  it('keeps a bidder named with an indefinite article as a mere qualifier', () => {
    // "a Tallis proposal" may be any proposal of that kind; only a definite one is the bid the board answers
    const a = run(
      'Quarry Ridge Mining Co said analysts reviewed a Tallis Resources Ltd merger proposal from 1984.',
    );
    expect(facts(a, 'ACQUIRED').map(pair)).not.toContain('Tallis Resources Ltd -> Quarry Ridge Mining Co');
  });

  it('does not read an offer made by the target itself as a bid for it', () => {
    const a = run(
      'Pelham Foods Inc said it announced an offer to buy back shares held by Corrie Brands Corp.',
    );
    expect(facts(a, 'ACQUIRED').map(pair)).not.toContain('Corrie Brands Corp -> Pelham Foods Inc');
  });

  it('reads "Y said X was taking it over" with the speaker as the target', () => {
    const a = run('Feldmann Mühlen Ltd said Brenlow Industries Inc would be taking it over from June.');
    expect(facts(a, 'ACQUIRED').map(pair)).toContain('Brenlow Industries Inc -> Feldmann Mühlen Ltd');
  });

  it("reads a price offered for each of the target's shares as a bid for the company", () => {
    const a = run(
      "Ostrander Capital Inc said it had offered 38 dlrs for each of Halvorsen Tool Corp's 4.1 mln shares.",
    );
    expect(facts(a, 'ACQUIRED').map(pair)).toContain('Ostrander Capital Inc -> Halvorsen Tool Corp');
  });

  it('crosses a relative clause between the unit sold and its buyer', () => {
    const a = run(
      'Feldmann Mühlen Ltd said it closed the sale of the 60 pct of its Quarry Ridge Pumps Inc subsidiary which it still held to Ostrander Capital Inc.',
    );
    const deal = facts(a, 'ACQUIRED').find((r) => r.target === 'Quarry Ridge Pumps Inc');
    expect(deal && [deal.source, deal.seller]).toEqual(['Ostrander Capital Inc', 'Feldmann Mühlen Ltd']);
  });
});
