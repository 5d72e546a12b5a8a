import { priceDifference } from '../../../ingest/relations/deal-price-difference';
import { facts, run } from './helpers';

/** The price of the named deal, by "source -> target". */
function priceOf(text: string, source: string, target: string): string | null | undefined {
  const found = facts(run(text, '2026-03-02'), 'ACQUIRED').find(
    (r) => r.source === source && r.target === target,
  );
  return found === undefined ? undefined : found.amountText;
}

/** Amounts a deal must not take as its price: gaps between prices, money put in, size figures, another clause's price. */
describe('deal price: amounts that are not the price (day 18)', () => {
  it.each([
    [
      'Citicorp said it offered to acquire Cyclops Corp for 12.8 mln dlrs more than Alleghany Corp agreed to pay.',
    ],
    ['Harmon Group offered to buy Delfa Inc for five mln dlrs above the price agreed by Rexco.'],
    ['Keystone SA a racheté Datavox pour 5 millions d’euros de plus que l’offre rivale de Brevo.'],
  ])('a gap between two prices is no price: %s', (text) => {
    const found = facts(run(text, '2026-03-02'), 'ACQUIRED');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].amountText).toBeNull();
  });

  it('keeps a price that a hedge "more than" introduces', () => {
    expect(
      priceOf('Alpha Corp agreed to buy Beta Inc for more than 45 mln dlrs.', 'Alpha Corp', 'Beta Inc'),
    ).toBe('45 mln dlrs');
  });

  it.each([
    ['the group will provide the equity portion by contributing at least 125 mln dlrs in cash'],
    ['Narragansett also said it injected 125 mln dlrs into the company'],
    ['the group will also contribute 125 mln dlrs in cash'],
  ])('money an owner puts in is no price of the purchase: %s', (clause) => {
    const text = `Narragansett Capital Inc agreed to acquire Taft Broadcasting Co. Narragansett said ${clause}.`;
    expect(priceOf(text, 'Narragansett Capital Inc', 'Taft Broadcasting Co')).toBeNull();
  });

  it('keeps the price paid when the buyer also injects money', () => {
    const text =
      'Narragansett Capital Inc agreed to acquire Taft Broadcasting Co for 300 mln dlrs and will contribute 25 mln dlrs.';
    expect(priceOf(text, 'Narragansett Capital Inc', 'Taft Broadcasting Co')).toBe('300 mln dlrs');
  });

  it.each([
    [
      'Baltic Growth Partners bought a controlling stake in Trasko in 2019 and has since doubled its revenue to 520 mln dlrs.',
    ],
    [
      'Baltic Growth Partners bought a controlling stake in Trasko in 2019, and its sales rose to 520 mln dlrs.',
    ],
    [
      'Baltic Growth Partners a pris le contrôle de Trasko en 2019 et a porté son chiffre d’affaires à 520 millions d’euros.',
    ],
  ])('a size figure told with "to" is no price: %s', (text) => {
    const found = facts(run(text, '2026-03-02'), 'ACQUIRED');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].amountText).toBeNull();
  });

  it.each([
    [
      'agreed to buy Northway Cold Chain for £145 million, a week after rival Dunmore Logistics snapped up Pellow Transport.',
    ],
    [
      'agreed to buy Northway Cold Chain for £145 million, days after Dunmore Logistics acquired Pellow Transport.',
    ],
    ['agreed to buy Northway Cold Chain for £145 million, after Dunmore Logistics bought Pellow Transport.'],
  ])('a price before a time subordinator is the first clause’s: %s', (rest) => {
    const text = `Kestrel Freight said on Monday it had ${rest}`;
    expect(priceOf(text, 'Kestrel Freight', 'Northway Cold Chain')).toBe('£145 million');
    expect(priceOf(text, 'Dunmore Logistics', 'Pellow Transport')).toBeNull();
  });

  it.each([
    [
      'Heatwell Group agreed to buy Sunfit Installations. Heatwell is financing the deal with a £40 million loan from Lloyds Banking Group.',
    ],
    [
      'Heatwell Group agreed to buy Sunfit Installations. It will pay with cash on hand and a £40 million term loan.',
    ],
    [
      "Heatwell Group a racheté Sunfit Installations. L'opération est financée par un prêt de 40 millions d'euros de BNP Paribas.",
    ],
  ])('a loan that finances the purchase is no price: %s', (text) => {
    expect(priceOf(text, 'Heatwell Group', 'Sunfit Installations')).toBeNull();
  });

  it('keeps the price beside the loan that finances it, and the loan as a funding', () => {
    const text =
      'Heatwell Group agreed to buy Sunfit Installations for £60 million, financed with a £40 million loan from Lloyds Banking Group.';
    expect(priceOf(text, 'Heatwell Group', 'Sunfit Installations')).toBe('£60 million');
    const loan = facts(run('Lloyds Banking Group granted Heatwell Group a £40 million loan.'), 'FUNDED');
    expect(loan.map((r) => r.amountText)).toEqual(['£40 million']);
  });
});

describe('priceDifference', () => {
  it.each([
    ' more than Alleghany pays',
    ' less than the first bid',
    ' above the offer',
    " de plus que l'offre",
  ])('reads %s as a gap', (after) => expect(priceDifference(after)).toBe(true));
  it.each([' in cash', ' over five years', ', or 12 dlrs a share', " d'euros"])(
    'reads %s as no gap',
    (after) => expect(priceDifference(after)).toBe(false),
  );
});
