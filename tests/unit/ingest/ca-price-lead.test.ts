import { isPriceLead } from '../../../ingest/values/price-lead';
import { findMoney } from '../../../ingest/values/money';

/** The words right before an amount decide whether it is a whole deal's price told on its own. */
describe('price lead before an amount', () => {
  const before = (sentence: string, amount: string) => sentence.slice(0, sentence.indexOf(amount));

  it.each([
    ['The revised offer price is about 415 mln dlrs, a spokesman said.', '415'],
    ['The cash offer values Pelham Mills at roughly 96 mln dlrs.', '96'],
    ['Its board put the total cost of the acquisition at 1.2 billion dlrs.', '1.2'],
    ['The accord calls for the purchase of Dorval Ltd for about 33 mln dlrs.', '33'],
    ['The bid capitalises Ostrava Gas at around two billion stg.', 'two'],
    ['Norbeck paid a cash consideration of 7.7 mln dlrs for the shares.', '7.7'],
    ['It said the transaction is worth 61 mln dlrs.', '61'],
    ['It bought four guard firms for an aggregate cost of about 2,100,000 dlrs.', '2,100,000'],
  ])('reads "%s" as stating the price', (sentence, amount) => {
    expect(isPriceLead(before(sentence, amount))).toBe(true);
  });

  it.each([
    ['Pelham Mills had 1986 sales of about 96 mln dlrs.', '96'],
    ['The company reported a net loss of 7.2 mln dlrs for the year.', '7.2'],
    ["It will also buy Dorval's promissory note for 23 mln dlrs.", '23'],
    ["The accord calls for the purchase of Dorval's convertible notes for 23 mln dlrs.", '23'],
    ['It has 312 mln dlrs in assets.', '312'],
    ['The four guard firms had aggregate revenues of about 4,100,000 dlrs.', '4,100,000'],
  ])('does not read "%s" as a deal price', (sentence, amount) => {
    expect(isPriceLead(before(sentence, amount))).toBe(false);
  });
});

describe('withheld price words', () => {
  const texts = (s: string) => findMoney(s, 0, 'en').map((m) => m.text);

  it('keeps "undisclosed" when it qualifies the price, and "undisclosed sum" whole', () => {
    expect(texts('Harlow Inc bought Mentor Labs for undisclosed terms.')).toEqual(['undisclosed']);
    expect(texts('Harlow Inc bought Mentor Labs for an undisclosed price.')).toEqual(['undisclosed']);
    expect(texts('Harlow Inc bought Mentor Labs for an undisclosed sum.')).toEqual(['undisclosed sum']);
  });

  it('does not read "undisclosed liabilities" or "an undisclosed number of shares" as a withheld price', () => {
    expect(texts('The agency will indemnify Harlow Inc against undisclosed liabilities.')).toEqual([]);
    expect(texts('Harlow Inc sold an undisclosed number of Mentor shares.')).toEqual([]);
  });
});
