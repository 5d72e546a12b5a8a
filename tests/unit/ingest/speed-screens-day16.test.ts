import { WordPatternHits } from '../../../ingest/relations/word-pattern-hits';
import { ruleScreen } from '../../../ingest/relations/rule-screen';
import { readerRules } from '../../../ingest/relations/rule';
import type { Captures } from '../../../ingest/relations/pattern';
import { mayOpenKnownName } from '../../../ingest/entities/known-organisations';
import { isNameToken } from '../../../ingest/entities/name-joins';
import { tokenize } from '../../../ingest/tokens';
import { bracketUnits } from './bracket-units';

const noReading = (): Captures[] => [];

describe('WordPatternHits', () => {
  it('answers per regex as re.test over the words would', () => {
    const hits = new WordPatternHits([/^acquir(e|es|ed)$/, /^bought$/, /^merg/]);
    expect(Array.from(hits.of(new Set(['the', 'company', 'acquired', 'merger'])))).toEqual([1, 0, 1]);
    expect(Array.from(hits.of(new Set(['bought'])))).toEqual([0, 1, 0]);
    expect(Array.from(hits.of(new Set<string>()))).toEqual([0, 0, 0]);
  });

  it('tests each word once against each regex, across sentences', () => {
    const re = /^merg(e|ed)$/;
    const spy = jest.spyOn(re, 'test');
    const hits = new WordPatternHits([re]);
    hits.of(new Set(['x', 'y']));
    hits.of(new Set(['y', 'x', 'merged']));
    expect(hits.of(new Set(['merged', 'x']))[0]).toBe(1);
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['x', 'y', 'merged']);
  });

  it('keeps regexes apart by flags', () => {
    const hits = new WordPatternHits([/^FUSION$/, /^FUSION$/i]);
    expect(Array.from(hits.of(new Set(['fusion'])))).toEqual([0, 1]);
  });

  it('starts afresh when full and still answers right', () => {
    const hits = new WordPatternHits([/^c$/], 2);
    expect(hits.of(new Set(['a', 'b']))[0]).toBe(0);
    expect(hits.of(new Set(['c', 'd']))[0]).toBe(1);
    expect(hits.of(new Set(['a', 'c']))[0]).toBe(1);
    expect(hits.of(new Set(['a', 'b']))[0]).toBe(0);
  });

  it('refuses a stateful regex, whose answer depends on the test before', () => {
    expect(() => new WordPatternHits([/^a/g])).toThrow(/stateful/);
    expect(() => new WordPatternHits([/^a/y])).toThrow(/stateful/);
  });
});

describe('rule screen on needed-word regexes', () => {
  const rules = readerRules([
    {
      id: 't.regex',
      type: 'ACQUIRED',
      read: noReading,
      neededWordPattern: /^rach[eè]t/u,
      source: 'a',
      target: 'b',
      confidence: 0.5,
    },
    {
      id: 't.same',
      type: 'ACQUIRED',
      read: noReading,
      neededWordPattern: /^rach[eè]t/u,
      source: 'a',
      target: 'b',
      confidence: 0.5,
    },
    {
      id: 't.words',
      type: 'ACQUIRED',
      read: noReading,
      neededWords: ['buys'],
      neededWordPattern: /^rach[eè]t/u,
      source: 'a',
      target: 'b',
      confidence: 0.5,
    },
    {
      id: 't.global',
      type: 'ACQUIRED',
      read: noReading,
      neededWordPattern: /^buy/g,
      source: 'a',
      target: 'b',
      confidence: 0.5,
    },
  ]);
  const pass = (text: string) => Array.from(ruleScreen(rules).passing(bracketUnits(text), true));

  it('passes a rule when some word matches its regex, whatever rule shares it', () => {
    expect(pass('[Alpha] rachète [Beta].')).toEqual([1, 1, 0, 0]);
    expect(pass('[Alpha] a racheté [Beta].')).toEqual([1, 1, 0, 0]);
  });

  it('still needs the plain words before the regex, and reads a stateful regex the old way', () => {
    expect(pass('[Alpha] buys and rachète [Beta].')).toEqual([1, 1, 1, 1]);
    // (the stateful regex is not asked again: its answer would hang on where the last test left it)
    expect(pass('[Alpha] buys [Beta].').slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('fails every regex rule in a sentence without the words', () => {
    expect(pass('[Alpha] vend [Beta].')).toEqual([0, 0, 0, 0]);
  });
});

describe('mayOpenKnownName, kept per token text', () => {
  it('gives the same answer when asked again', () => {
    for (let k = 0; k < 2; k++) {
      expect(mayOpenKnownName('Teleperformance')).toBe(true);
      expect(mayOpenKnownName('Zqxwvorblatt')).toBe(false);
      expect(mayOpenKnownName("L'")).toBe(true);
    }
  });
});

describe('isNameToken, capital test first', () => {
  const name = (text: string) => isNameToken(tokenize(text)[0]);

  it('reads capitalised and camel-case words as names', () => {
    expect(name('Alstom')).toBe(true);
    expect(name('iAdvize')).toBe(true);
  });

  it('refuses numbers, signs, lower-case words, months and the capitalised non-names', () => {
    expect(name('2024')).toBe(false);
    expect(name(',')).toBe(false);
    expect(name('acquired')).toBe(false);
    expect(name('March')).toBe(false);
    expect(name('Series')).toBe(false);
    expect(name('Paris-based')).toBe(false);
    expect(name('CCaaS')).toBe(false);
    expect(name('Reagan-appointed')).toBe(false);
  });
});
