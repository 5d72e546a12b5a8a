import type { ValueSide } from '../../../eval/attributes';
import {
  attributeSlice,
  compareAmount,
  compareDate,
  emptyAttributeTally,
  tallyPair,
} from '../../../eval/attributes';
import { matchedPairs } from '../../../eval/attributes-match';
import { valuesOfRaw } from '../../../eval/attributes-gold';
import { scoreRelations } from '../../../eval/score-relations';
import { entity, goldOrg, goldRelation, relation } from './fixtures';

const side = (
  date: string | null,
  amount: number | null = null,
  currency: string | null = null,
): ValueSide => ({
  date,
  amount,
  currency,
});

describe('compareAmount', () => {
  it('is right within one percent in the same currency', () => {
    expect(compareAmount(side(null, 60_000_000, 'EUR'), side(null, 60_400_000, 'EUR'))).toBe('right');
  });
  it('is wrong beyond one percent', () => {
    expect(compareAmount(side(null, 60_000_000, 'EUR'), side(null, 61_000_000, 'EUR'))).toBe('wrong');
  });
  it('tells a currency mismatch apart from a wrong figure', () => {
    expect(compareAmount(side(null, 5_000_000, 'EUR'), side(null, 5_000_000, 'USD'))).toBe('currency');
  });
  it('counts a missing amount as missed and an invented one as extra', () => {
    expect(compareAmount(side(null, 5_000_000, 'EUR'), side(null))).toBe('missed');
    expect(compareAmount(side(null), side(null, 5_000_000, 'EUR'))).toBe('extra');
    expect(compareAmount(side(null), side(null))).toBe('none');
  });
});

describe('compareDate', () => {
  it('reads a prediction at the gold precision', () => {
    expect(compareDate(side('2021-03'), side('2021-03-14'))).toBe('right');
    expect(compareDate(side('2021'), side('2021-11'))).toBe('right');
  });
  it('calls a prediction that says less than the gold coarser', () => {
    expect(compareDate(side('2021-03'), side('2021'))).toBe('coarser');
  });
  it('is wrong on another year or month', () => {
    expect(compareDate(side('2021-03'), side('2020-03'))).toBe('wrong');
    expect(compareDate(side('2021-03-14'), side('2021-03-15'))).toBe('wrong');
  });
  it('counts missed and extra dates', () => {
    expect(compareDate(side('2021'), side(null))).toBe('missed');
    expect(compareDate(side(null), side('2021'))).toBe('extra');
  });
});

describe('attribute tally', () => {
  it('scores a wrong value as both a false positive and a false negative, and ignores typeless pairs', () => {
    const tally = emptyAttributeTally();
    tallyPair(tally, 'ACQUIRED', side('2021-03', 10, 'EUR'), side('2021-03-02', 10, 'EUR'));
    tallyPair(tally, 'ACQUIRED', side('2021-03', 10, 'EUR'), side('2020', 20, 'EUR'));
    tallyPair(tally, 'LEADS', side('2021'), side('1999'));
    const slice = attributeSlice(tally);
    expect(slice.ACQUIRED.amount.scores).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(slice.ACQUIRED.date.scores).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(slice.all.date.wrong).toBe(1);
    expect(slice.FUNDED.amount.scores.tp).toBe(0);
  });

  it('reads gold values from a raw relation, null when absent or mistyped', () => {
    expect(valuesOfRaw({ date: '2016-01', amount: 2_500_000, currency: 'EUR' })).toEqual(
      side('2016-01', 2_500_000, 'EUR'),
    );
    expect(valuesOfRaw({ amount: '12', date: '' })).toEqual(side(null));
  });
});

describe('matchedPairs', () => {
  const org = goldOrg;
  const gold = goldRelation;
  const goldEntities = [org('Alvora Group', ['Alvora']), org('Brisk Labs'), org('Cendral'), org('Dunmere')];
  const goldRels = [
    gold('ACQUIRED', 'Alvora Group', 'Brisk Labs'),
    gold('MERGED_WITH', 'Cendral', 'Dunmere'),
    gold('FUNDED', 'Cendral', 'Brisk Labs'),
  ];
  const predEntities = [entity('Alvora'), entity('Brisk Labs'), entity('Cendral'), entity('Dunmere')];
  const predRels = [
    relation('ACQUIRED', 'Alvora', 'Brisk Labs', { amount: 3 }),
    relation('ACQUIRED', 'Alvora', 'Brisk Labs', { amount: 4 }),
    relation('MERGED_WITH', 'Dunmere', 'Cendral'),
    relation('FUNDED', 'Cendral', 'Brisk Labs', { status: 'rumoured' }),
  ];

  it('pairs exactly the relations the relation score counts as found', () => {
    const pairs = matchedPairs(goldEntities, goldRels, predEntities, predRels);
    const score = scoreRelations(goldEntities, goldRels, predEntities, predRels);
    const tp = Object.values(score.byType).reduce((n, c) => n + c.tp, 0);
    expect(pairs).toHaveLength(tp);
    expect(pairs.map((p) => p.gold.type).sort()).toEqual(['ACQUIRED', 'MERGED_WITH']);
    // the first of a duplicated fact is the one kept, as in the relation score
    expect(pairs.find((p) => p.gold.type === 'ACQUIRED')?.predicted.amount).toBe(3);
  });
});
