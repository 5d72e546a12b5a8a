/**
 * A price paid for an unnamed part of a company (deals, day thirty, ingest/relations/en/wire-deals.ts
 * `en.acquired.pay-for-business`): "X will pay N for the European milling business of Y", "agreed to pay N for the
 * imaging division of Y" give X ACQUIRED Y (GOLD-FORMAT: a business of an organisation counts as it), Y also the
 * seller, with the price. English only: French tells the price with the purchase verb ("a déboursé N pour racheter
 * l'activité de Y"), read already. Sentences written for these tests.
 */
import { facts, run } from './helpers';

const deals = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED').map(
    (r) => `${r.source} -> ${r.target} seller=${r.seller ?? '-'} amount=${r.amount ?? '-'} ${r.status}`,
  );

describe('a price paid for the business of a company', () => {
  it.each([
    [
      'Harwick Tools Inc agreed in May to pay $45 million for the imaging business of Corlane Medical.',
      'Harwick Tools Inc -> Corlane Medical seller=Corlane Medical amount=45000000 pending',
    ],
    [
      'Harwick Tools Inc will pay 630 mln dlrs for the European industrial coatings division of Corlane Medical.',
      'Harwick Tools Inc -> Corlane Medical seller=Corlane Medical amount=630000000 pending',
    ],
    [
      'Harwick Tools Inc paid $12 million for the Canadian operations of Corlane Medical in 2024.',
      'Harwick Tools Inc -> Corlane Medical seller=Corlane Medical amount=12000000 announced',
    ],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual([expected]);
  });

  it('the payer named in a reported clause is the buyer, not the speaker', () => {
    expect(
      deals(
        'Oxley Group said Harwick Tools Inc will pay $45 million for the imaging business of Corlane Medical.',
      ),
    ).toEqual(['Harwick Tools Inc -> Corlane Medical seller=Corlane Medical amount=45000000 pending']);
  });
});

describe('near misses', () => {
  it('a possible payment is a rumour, not a deal', () => {
    expect(
      deals(
        'Harwick Tools Inc could pay $45 million for the imaging business of Corlane Medical, analysts said.',
      ),
    ).toEqual(['Harwick Tools Inc -> Corlane Medical seller=Corlane Medical amount=45000000 rumoured']);
  });

  it('a price for an interest held in the business buys no company', () => {
    expect(
      deals(
        'Harwick Tools Inc will pay $45 million for the interest in the imaging business of Corlane Medical.',
      ),
    ).toEqual([]);
  });
});
