import { asOfBound, dealOrder, dealWhere, onOrBefore, sortKey } from '../../../graph/read/deal-filter';

describe('deal filters', () => {
  it('puts user values in parameters only', () => {
    const evil = "x' OR 1=1 //";
    const { where, params } = dealWhere({ currency: evil, articleId: evil, partyIds: [evil], status: evil });
    expect(where).not.toContain(evil);
    expect(where).not.toContain(evil.toUpperCase());
    expect(Object.values(params)).toEqual(expect.arrayContaining([evil, [evil], evil.toUpperCase()]));
  });

  it('hides rejected deals unless asked', () => {
    expect(dealWhere({}).where).toContain("verdict = 'REJECTED'");
    expect(dealWhere({ includeRejected: true }).where).toBe('');
  });

  it('reads partial dates as the end of their period', () => {
    expect(onOrBefore('2016-12-05', asOfBound('2016'))).toBe(true);
    expect(onOrBefore('2017-01-01', asOfBound('2016'))).toBe(false);
    expect(onOrBefore('2016-02-29', asOfBound('2016-02'))).toBe(true);
    expect(onOrBefore('2016-03', asOfBound('2016-02'))).toBe(false);
    expect(onOrBefore('2016-02-10T09:30:00Z', asOfBound('2016-02-10'))).toBe(true);
    expect(onOrBefore('2016-02-11', asOfBound('2016-02-10'))).toBe(false);
    expect(onOrBefore(null, asOfBound('2016'))).toBe(true);
  });

  it('sorts with undated or unpriced deals last and a stable tie-break', () => {
    expect(dealOrder('AMOUNT_DESC')).toBe('ORDER BY d.amount IS NULL, d.amount DESC, d.id');
    expect(dealOrder(null)).toContain('d.date DESC');
  });
});

describe('sortKey', () => {
  it('names the property and direction each sort walks, newest first by default', () => {
    expect(sortKey('AMOUNT_DESC')).toEqual({ prop: 'amount', dir: 'DESC' });
    expect(sortKey('AMOUNT_ASC')).toEqual({ prop: 'amount', dir: 'ASC' });
    expect(sortKey('DATE_ASC')).toEqual({ prop: 'date', dir: 'ASC' });
    expect(sortKey(null)).toEqual({ prop: 'date', dir: 'DESC' });
  });
});
