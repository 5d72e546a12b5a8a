import { dealStatus } from '../../../ingest/modality';
import { findDate } from '../../../ingest/values/dates';
import { findMoney } from '../../../ingest/values/money';
import { findStake } from '../../../ingest/values/stakes';

describe('money', () => {
  const one = (s: string, lang: 'fr' | 'en') => findMoney(s, 0, lang)[0];
  it.each([
    ['lève 1,3 M€ auprès de ses fondateurs', 'fr', 1300000, 'EUR'],
    ["a levé 14 millions d'euros", 'fr', 14000000, 'EUR'],
    ['a deal worth $2.2bn in cash', 'en', 2200000000, 'USD'],
    ['agreed to acquire it for 527 mln dlrs', 'en', 527000000, 'USD'],
    ['bought for 244 mln stg', 'en', 244000000, 'GBP'],
    ['paid 30 mln Canadian dlrs', 'en', 30000000, 'CAD'],
    ['pour 1,8 milliard de dollars', 'fr', 1800000000, 'USD'],
    ['for 8,500,000 dlrs', 'en', 8500000, 'USD'],
    ['or 28 mln U.S. dlrs', 'en', 28000000, 'USD'],
    ['for 20 mln N.Z. dlrs', 'en', 20000000, 'NZD'],
    ['worth 10 mln Hong Kong dlrs', 'en', 10000000, 'HKD'],
    ['raise 152.49 mln ringgit', 'en', 152490000, 'MYR'],
  ])('%s', (sentence, lang, amount, currency) => {
    const m = one(sentence, lang as 'fr' | 'en');
    expect(m.amount).toBe(amount);
    expect(m.currency).toBe(currency);
    expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps undisclosed amounts as text with no number', () => {
    const [m] = findMoney('Terms were not disclosed.', 0, 'en');
    expect(m).toMatchObject({ amount: null, text: 'not disclosed' });
    expect(findMoney('pour un montant non communiqué', 0, 'fr')[0].text).toBe('non communiqué');
  });

  it('reads a total whose currency the wire copy left out, but not a count of shares', () => {
    const [m] = findMoney('at 70 dlrs a share, for a total of 7.4 billion if the offer is accepted', 0, 'en');
    expect(m).toMatchObject({ amount: 7400000000, currency: null, text: '7.4 billion' });
    expect(findMoney('a total of 7.4 billion shares changed hands', 0, 'en')).toEqual([]);
    expect(findMoney('for a total of 2.1 mln dlrs.', 0, 'en')[0].text).toBe('2.1 mln dlrs');
  });

  it('cites "undisclosed" without the noun it qualifies, except a sum', () => {
    expect(findMoney('for an undisclosed amount of cash', 0, 'en')[0].text).toBe('undisclosed');
    expect(findMoney('for undisclosed terms', 0, 'en')[0].text).toBe('undisclosed');
    expect(findMoney('for an undisclosed sum', 0, 'en')[0].text).toBe('undisclosed sum');
  });
});

describe('stakes', () => {
  it('reads percentages and majority words', () => {
    expect(findStake('a 57.5 pct stake')).toEqual({ percent: 57.5, majority: true });
    expect(findStake('une participation de 20 %')).toEqual({ percent: 20, majority: false });
    expect(findStake('une participation majoritaire')).toEqual({ percent: null, majority: true });
    expect(findStake('no stake here')).toBeNull();
    expect(findStake('agreed to buy a two pct stake in the bank')).toEqual({ percent: 2, majority: false });
    expect(findStake('the someone pct figure')).toBeNull();
  });
});

describe('dates', () => {
  it('resolves explicit and relative dates against publication', () => {
    expect(findDate('le 3 octobre 2015', null)).toBe('2015-10-03');
    expect(findDate('on March 3, 1987', null)).toBe('1987-03-03');
    expect(findDate('en 2015', '2016-01-03')).toBe('2015');
    expect(findDate('cette année', '2016-01-03')).toBe('2016');
    expect(findDate("l'an dernier", '2016-01-03')).toBe('2015');
    expect(findDate('last month', '2016-01-03')).toBe('2015-12');
    expect(findDate('selon un communiqué publié mardi', '2024-03-14')).toBe('2024-03-12');
    expect(findDate('nothing datable', '2024-03-14')).toBeNull();
  });
});

describe('modality', () => {
  it.each([
    ['Acme is in talks to buy Beta.', 'rumoured'],
    ['Le groupe serait en négociations exclusives pour racheter Beta.', 'rumoured'],
    ['Acme terminated the letter of intent to acquire Beta.', 'abandoned'],
    ['Acme a renoncé au rachat de Beta.', 'abandoned'],
    ['Acme said it agreed to acquire Beta, subject to approval.', 'pending'],
    ['Acme acquired Beta last year.', 'completed'],
    ['Acme a racheté Beta.', 'completed'],
  ])('%s', (sentence, status) => {
    expect(dealStatus(sentence)).toBe(status);
  });
});
