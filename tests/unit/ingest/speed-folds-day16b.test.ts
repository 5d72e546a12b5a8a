import * as dealClause from '../../../ingest/relations/deal-clause';
import { readerRules } from '../../../ingest/relations/rule';
import { dealValues } from '../../../ingest/relations/values';
import {
  FOLD_MEMO_MAX_ENTRIES,
  aliasKey,
  entityKey,
  foldName,
  foldText,
} from '../../../ingest/resolve/normalize';
import type { Sentence } from '../../../ingest/sentences';

describe('remembered folds', () => {
  it('folds as before, the first time and again', () => {
    for (let k = 0; k < 2; k++) {
      expect(foldText('Société Générale S.A.')).toBe('societe generale s a');
      expect(foldText('  Procter & Gamble  ')).toBe('procter and gamble');
      expect(foldName('Groupe Renault SA')).toBe('renault');
      expect(foldName('Smith et Cie')).toBe('smith et');
      expect(foldName('The Boeing Company')).toBe('boeing');
      expect(entityKey('Boeing Co.', 'Organization')).toBe('org:boeing');
      expect(entityKey('Hélène Castaing-Wu', 'Person')).toBe('person:helene castaing wu');
      expect(aliasKey('LE GROUPE ADP')).toBe('adp');
    }
  });

  it('keeps a text and a name of the same spelling apart', () => {
    expect(foldText('Alpha Holdings Ltd')).toBe('alpha holdings ltd');
    expect(foldName('Alpha Holdings Ltd')).toBe('alpha');
    expect(foldText('Alpha Holdings Ltd')).toBe('alpha holdings ltd');
  });

  it('still answers right once the memo has started afresh', () => {
    for (let k = 0; k <= FOLD_MEMO_MAX_ENTRIES; k++) foldName(`Firm ${k} Inc`);
    expect(foldName('Firm 7 Inc')).toBe('firm 7');
    expect(foldName('Zeta Énergie SAS')).toBe('zeta energie');
    expect(foldText('Zeta Énergie SAS')).toBe('zeta energie sas');
  });
});

describe('deal values of a fact that is no deal', () => {
  const sentence = (text: string): Sentence[] => [{ text, start: 0, end: text.length }];
  const rule = (type: 'LEADS' | 'COMPETES_WITH' | 'FOUNDED' | 'ACQUIRED') =>
    readerRules([{ id: `test.${type}`, type, source: 'a', target: 'b', confidence: 0.9, read: () => [] }])[0];
  const empty = { status: null, date: null, amount: null, currency: null, amountText: null, factor: 1 };
  const text = 'Arvel Corp, which agreed to buy Coltrane Inc for $40 million, is run by Jane Doe.';
  const span = { start: 0, end: text.length };

  afterEach(() => jest.restoreAllMocks());

  it.each(['LEADS', 'COMPETES_WITH', 'FOUNDED'] as const)(
    'is empty for %s, whatever money or status the sentence tells, without reading its clauses',
    (type) => {
      const own = jest.spyOn(dealClause, 'ownDealSpan');
      const clause = jest.spyOn(dealClause, 'dealClause');
      expect(dealValues(rule(type), sentence(text), 0, 'en', '2024-05-02', span)).toEqual(empty);
      expect(own).not.toHaveBeenCalled();
      expect(clause).not.toHaveBeenCalled();
    },
  );

  it('still reads the clause of a purchase', () => {
    const own = jest.spyOn(dealClause, 'ownDealSpan');
    const values = dealValues(rule('ACQUIRED'), sentence(text), 0, 'en', '2024-05-02', span);
    expect(own).toHaveBeenCalled();
    expect(values?.amount).toBe(40000000);
  });
});
