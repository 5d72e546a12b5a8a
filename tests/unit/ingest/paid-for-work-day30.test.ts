/**
 * A price paid for a company's work is no purchase of it (deals, day thirty, second round;
 * ingest/relations/en/wire-deals.ts `en.acquired.pay-for`): "paid $2 million for the services / advice of Y" buys
 * work or a right from Y. "agreed to pay $40 million for Y" still buys Y, and a business of Y stays Y's sale.
 * Sentences written for these tests.
 */
import { facts, run } from './helpers';

const deals = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED').map((r) => `${r.source} -> ${r.target}`);

describe('a price paid for the services of a company', () => {
  it.each([
    'Kestrel Partners paid $2 million for the services of Halden Advisory.',
    'Kestrel Partners paid $2 million last year for the advice of Halden Advisory.',
    'Kestrel Partners will pay $5 million for the rights of Halden Media.',
  ])('no purchase: %s', (text) => {
    expect(deals(text)).toEqual([]);
  });

  it('a price paid for the company itself still buys it', () => {
    expect(deals('Kestrel Partners agreed to pay $40 million for Halden Advisory.')).toEqual([
      'Kestrel Partners -> Halden Advisory',
    ]);
  });

  it('a price paid for a business of the company still buys it', () => {
    expect(
      deals('Kestrel Partners will pay 630 mln dlrs for the corn milling business of Halden Foods.'),
    ).toEqual(['Kestrel Partners -> Halden Foods']);
  });
});
