import { WordTestMemo } from '../../../ingest/relations/word-test-memo';

describe('WordTestMemo', () => {
  it('answers as re.test over the words would', () => {
    const memo = new WordTestMemo();
    const words = new Set(['the', 'company', 'acquired', 'rival']);
    expect(memo.someMatch(words, /^acquir(e|es|ed)$/)).toBe(true);
    expect(memo.someMatch(words, /^bought$/)).toBe(false);
    expect(memo.someMatch(new Set<string>(), /^the$/)).toBe(false);
  });

  it('tests each word once per regex, across sentences', () => {
    const memo = new WordTestMemo();
    const re = /^merg(e|ed)$/;
    const spy = jest.spyOn(re, 'test');
    memo.someMatch(new Set(['x', 'y']), re);
    memo.someMatch(new Set(['y', 'x', 'merged']), re);
    memo.someMatch(new Set(['merged', 'x']), re);
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['x', 'y', 'merged']);
  });

  it('keeps regexes of the same source apart from others, and shares equal ones', () => {
    const memo = new WordTestMemo();
    const words = new Set(['Fusion', 'fusion']);
    expect(memo.someMatch(words, /^FUSION$/)).toBe(false);
    expect(memo.someMatch(words, /^FUSION$/i)).toBe(true);
    expect(memo.someMatch(new Set(['FUSION']), /^FUSION$/)).toBe(true);
  });

  it('reads a sentence word set again after many regexes widened its rows', () => {
    const memo = new WordTestMemo();
    const words = new Set(['alpha', 'beta']);
    for (let k = 0; k < 80; k++) expect(memo.someMatch(words, new RegExp(`^x${k}$`))).toBe(false);
    expect(memo.someMatch(words, /^beta$/)).toBe(true);
  });

  it('starts afresh when full and still answers right', () => {
    const memo = new WordTestMemo(2);
    const re = /^c$/;
    expect(memo.someMatch(new Set(['a', 'b']), re)).toBe(false);
    expect(memo.someMatch(new Set(['c']), re)).toBe(true);
    expect(memo.someMatch(new Set(['a', 'c']), re)).toBe(true);
  });
});
