import { WordPatternHits } from '../../../ingest/relations/word-pattern-hits';
import { ScreenWordTable } from '../../../ingest/relations/screen-word-table';
import { compile, matchAll } from '../../../ingest/relations/pattern';
import { findInShoutedSentences, wordPlaces } from '../../../ingest/resolve/shouted-mentions';
import type { EntityDraft, Mention } from '../../../ingest/resolve/mentions';
import { tokenize } from '../../../ingest/tokens';
import { bracketUnits } from './bracket-units';

describe('ScreenWordTable', () => {
  const slots = new Map<string, readonly number[]>([
    ['buys', [0, 2]],
    ['rachète', [1]],
  ]);
  const regexes = [/^acquir(e|es|ed)$/u, /^fusion/u];

  it('gives each word its slots, none for a word of no rule, in the order of the words', () => {
    const table = new ScreenWordTable(slots, new WordPatternHits(regexes), regexes.length);
    const line = table.lineOf(new Set(['acme', 'buys', 'rachète']));
    expect(line.map((e) => [e.word, [...e.slots]])).toEqual([
      ['acme', []],
      ['buys', [0, 2]],
      ['rachète', [1]],
    ]);
  });

  it('answers the regexes as WordPatternHits.of does for the same words (English and French)', () => {
    const table = new ScreenWordTable(slots, new WordPatternHits(regexes), regexes.length);
    const reference = new WordPatternHits(regexes);
    for (const words of [
      ['the', 'group', 'acquired', 'it'],
      ['la', 'fusionnée', 'rachète'],
      ['acquire', 'fusion'],
      ['acquisition', 'fusionne'],
      [],
    ]) {
      const expected = Array.from(reference.of(new Set(words)));
      expect(Array.from(table.hitsOf(table.lineOf(new Set(words))))).toEqual(expected);
    }
  });

  it('tests a word against the regexes only the first time a sentence needs its answers', () => {
    const re = /^merg(e|ed)$/u;
    const spy = jest.spyOn(re, 'test');
    const table = new ScreenWordTable(slots, new WordPatternHits([re]), 1);
    table.lineOf(new Set(['merged', 'x']));
    expect(spy).not.toHaveBeenCalled();
    table.hitsOf(table.lineOf(new Set(['merged', 'x'])));
    expect(table.hitsOf(table.lineOf(new Set(['x', 'merged'])))[0]).toBe(1);
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['merged', 'x']);
  });

  it('starts afresh when full and still gives a rule word its slots', () => {
    const table = new ScreenWordTable(slots, new WordPatternHits(regexes), regexes.length, 2);
    table.lineOf(new Set(['a', 'b']));
    const line = table.lineOf(new Set(['buys', 'c']));
    expect(line.map((e) => [...e.slots])).toEqual([[0, 2], []]);
    expect(Array.from(table.hitsOf(table.lineOf(new Set(['acquired']))))).toEqual([1, 0]);
  });
});

describe('pattern captures keep where each role was filled', () => {
  it('records "#role" for a single party and for the first unit of a list', () => {
    const p = compile('@a (acquired|rachète) @@b');
    const [en] = matchAll(p, bracketUnits('[Acme] acquired [Brill] and [Corto]'));
    expect(en.a).toEqual([0]);
    expect(en['#a']).toEqual([0]);
    expect(en['#b']).toEqual([2]);
    expect(en.b).toEqual([1, 2]);
    const [fr] = matchAll(p, bracketUnits('[Dalmor] rachète [Evrin]'));
    expect(fr['#b']).toEqual([2]);
  });

  it('gives an optional party no "#role" when it is missing', () => {
    const p = compile('(remains|reste) ?%p (chief|président)');
    const [m] = matchAll(p, bracketUnits('he remains chief'));
    expect(m).toBeDefined();
    expect(m['#p']).toBeUndefined();
    expect(matchAll(p, bracketUnits('he remains the chief'))).toEqual([]);
  });
});

describe('findInShoutedSentences', () => {
  const org = (id: number, surfaces: string[]): EntityDraft =>
    ({ id, type: 'Organization', tentative: false, surfaces, mentions: [] }) as unknown as EntityDraft;

  it('lists the places of each folded word in order', () => {
    expect([...wordPlaces(['a', 'b', 'a', 'c', 'a'])]).toEqual([
      ['a', [0, 2, 4]],
      ['b', [1]],
      ['c', [3]],
    ]);
  });

  it('finds a known name again in an all-caps headline, every time it stands there (English and French)', () => {
    for (const line of [
      'NORVANE TO BUY KESTREL AS NORVANE GROWS',
      'NORVANE RACHÈTE KESTREL, NORVANE GRANDIT',
    ]) {
      const tokens = [tokenize(line, 0)];
      const bySentence: Mention[][] = [[]];
      const entities = [org(0, ['Norvane']), org(1, ['Kestrel Systems'])];
      findInShoutedSentences(entities, tokens, bySentence, line);
      expect(bySentence[0].map((m) => [m.entity, m.text])).toEqual([
        [0, 'NORVANE'],
        [0, 'NORVANE'],
      ]);
    }
  });

  it('reads a name of several words only where all of them follow one another, and not in lower case text', () => {
    const line = 'KESTREL SYSTEMS SAYS KESTREL WILL GROW';
    const entities = [org(0, ['Kestrel Systems'])];
    const bySentence: Mention[][] = [[]];
    findInShoutedSentences(entities, [tokenize(line, 0)], bySentence, line);
    expect(bySentence[0].map((m) => [m.from, m.to])).toEqual([[0, 2]]);
    const quiet = 'Kestrel Systems said it would grow';
    const none: Mention[][] = [[]];
    findInShoutedSentences(entities, [tokenize(quiet, 0)], none, quiet);
    expect(none[0]).toEqual([]);
  });

  it('does not read a name at the end of the headline past its last word', () => {
    const line = 'SHARES OF NORVANE KESTREL';
    const bySentence: Mention[][] = [[]];
    findInShoutedSentences([org(0, ['Kestrel Systems'])], [tokenize(line, 0)], bySentence, line);
    expect(bySentence[0]).toEqual([]);
  });
});
