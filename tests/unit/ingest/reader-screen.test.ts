import type { Captures } from '../../../ingest/relations/pattern';
import { ruleScreen } from '../../../ingest/relations/rule-screen';
import { readerRules, refusingSentencesWith, rules } from '../../../ingest/relations/rule';
import { bracketUnits } from './bracket-units';

const units = bracketUnits;

const noReading = (): Captures[] => [];

describe('reader needed words', () => {
  const list = readerRules([
    {
      id: 't.declares',
      type: 'ACQUIRED',
      read: noReading,
      source: 'a',
      target: 'b',
      confidence: 1,
      neededWords: ['bought', 'racheté'],
    },
    { id: 't.silent', type: 'ACQUIRED', read: noReading, source: 'a', target: 'b', confidence: 1 },
    {
      id: 't.empty',
      type: 'ACQUIRED',
      read: noReading,
      source: 'a',
      target: 'b',
      confidence: 1,
      neededWords: [],
    },
  ]);
  const screen = ruleScreen(list);

  it('skips a reader on a sentence holding none of its words', () => {
    expect(Array.from(screen.passing(units('[Arvel] sold its stake in [Coltrane] .'), true))).toEqual([
      0, 1, 1,
    ]);
  });

  it('runs a reader when any one of its words is in the sentence, whatever its case', () => {
    expect(Array.from(screen.passing(units('[Arvel] Bought [Coltrane] .'), true))[0]).toBe(1);
    expect(Array.from(screen.passing(units('[Arvel] a racheté [Coltrane] .'), true))[0]).toBe(1);
  });

  it('still holds a two-party reader back from a sentence naming one party', () => {
    expect(Array.from(screen.passing(units('[Arvel] bought shares .'), false))).toEqual([0, 0, 0]);
  });

  it('keeps the declared words on a reader wrapped to refuse a word', () => {
    const wrapped = refusingSentencesWith(list, /^match$/u);
    expect(wrapped[0].neededWords).toEqual(['bought', 'racheté']);
    expect(Array.from(ruleScreen(wrapped).passing(units('[Arvel] sold [Coltrane] .'), true))).toEqual([
      0, 1, 1,
    ]);
  });

  it('adds the words to a pattern rule only through a reader, not through a pattern', () => {
    const [pattern] = rules([
      {
        id: 't.pattern',
        type: 'ACQUIRED',
        pattern: '@a acquired @b',
        source: 'a',
        target: 'b',
        confidence: 1,
        neededWords: ['bought'],
      },
    ]);
    // the pattern's own word is what screens it; the reader-only declaration is not read for patterns
    expect(Array.from(ruleScreen([pattern]).passing(units('[Arvel] acquired [Coltrane] .'), true))).toEqual([
      1,
    ]);
    expect(Array.from(ruleScreen([pattern]).passing(units('[Arvel] sold [Coltrane] .'), true))).toEqual([0]);
  });
});

describe('reader needed word pattern', () => {
  const list = readerRules([
    {
      id: 't.stem',
      type: 'COMPETES_WITH',
      read: noReading,
      source: 'a',
      target: 'b',
      confidence: 1,
      neededWordPattern: /^rivalis\p{L}*$/u,
    },
    {
      id: 't.both',
      type: 'COMPETES_WITH',
      read: noReading,
      source: 'a',
      target: 'b',
      confidence: 1,
      neededWords: ['contre'],
      neededWordPattern: /^affront\p{L}*$/u,
    },
  ]);
  const screen = ruleScreen(list);

  it('runs a reader only where some word matches its pattern', () => {
    expect(Array.from(screen.passing(units('[Arvel] rivalise avec [Coltrane] .'), true))).toEqual([1, 0]);
    expect(Array.from(screen.passing(units('[Arvel] vend [Coltrane] .'), true))).toEqual([0, 0]);
  });

  it('needs both the listed words and the pattern when a reader declares both', () => {
    expect(Array.from(screen.passing(units('[Arvel] affronte [Coltrane] .'), true))[1]).toBe(0);
    expect(Array.from(screen.passing(units('[Arvel] affronte contre [Coltrane] .'), true))[1]).toBe(1);
  });
});
