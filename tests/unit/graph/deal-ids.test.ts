import {
  STATUS_RANK,
  acquisitionDealId,
  factId,
  fundingDealId,
  mergerDealId,
  partialAcquisitionDealId,
  yearOf,
} from '../../../graph/writer/deal-ids';

describe('deal and fact ids', () => {
  it('follow schema/README.md', () => {
    expect(acquisitionDealId('org:a', 'org:b')).toBe('acq:org:a>org:b');
    expect(fundingDealId('org:c', '2016', 'art1')).toBe('fund:org:c:2016');
    expect(mergerDealId('org:z', 'org:a')).toBe('merger:org:a+org:z');
    expect(mergerDealId('org:a', 'org:z')).toBe(mergerDealId('org:z', 'org:a'));
    expect(factId('FOUNDED', 'person:p', 'org:a')).toBe('FOUNDED:person:p>org:a');
    expect(factId('COMPETES_WITH', 'org:z', 'org:a')).toBe('COMPETES_WITH:org:a>org:z');
  });

  it('keep undated rounds and one-sided acquisitions apart per article', () => {
    expect(fundingDealId('org:c', null, 'art1')).not.toBe(fundingDealId('org:c', null, 'art2'));
    expect(partialAcquisitionDealId('org:a', null, 'art1')).not.toBe(
      partialAcquisitionDealId('org:a', null, 'art2'),
    );
    expect(partialAcquisitionDealId('org:a', null, 'art1')).not.toBe(acquisitionDealId('org:a', 'org:b'));
  });

  it('take the year of any ISO date', () => {
    expect(yearOf('2016')).toBe('2016');
    expect(yearOf('2016-01-12')).toBe('2016');
    expect(yearOf('2016-01-12T10:00:00Z')).toBe('2016');
    expect(yearOf(null)).toBeNull();
    expect(yearOf('janvier')).toBeNull();
  });

  it('rank completed over pending over announced over abandoned over rumoured', () => {
    const order = Object.entries(STATUS_RANK)
      .sort((a, b) => b[1] - a[1])
      .map(([status]) => status);
    expect(order).toEqual(['completed', 'pending', 'announced', 'abandoned', 'rumoured']);
  });
});
