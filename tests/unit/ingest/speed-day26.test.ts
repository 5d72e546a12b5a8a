/**
 * Day twenty-six, speed: the rule screen hands the relation loop the list of rules that can read a sentence
 * (`passingRules`, the same answer as the `passing` flags, in rule order); the family-word reader asked of every
 * sentence leaves at once when the sentence holds no family word. Sentences written for these tests.
 */
import { collectCandidates } from '../../../ingest/entities/collect';
import { FAMILY_WORDS, familyWordOrgIn } from '../../../ingest/relations/anaphora-family';
import type { Captures, Unit } from '../../../ingest/relations/pattern';
import { readerRules, rules } from '../../../ingest/relations/rule';
import { ruleScreen } from '../../../ingest/relations/rule-screen';
import { clusterEntities } from '../../../ingest/resolve/cluster';
import { entityName } from '../../../ingest/resolve/to-entities';
import { splitSentences } from '../../../ingest/sentences';
import { tokenize } from '../../../ingest/tokens';
import { bracketUnits as units } from './bracket-units';

/** A reader that reads one fixed reading wherever it is called, so a test sees whether the screen let it through. */
const reads = (): Captures[] => [{ a: [0], b: [1], '#': [0] }];

/** The indices whose flag `passing` sets, for comparison with `passingRules`. */
function flagged(flags: Uint8Array): number[] {
  return Array.from(flags).flatMap((f, r) => (f === 1 ? [r] : []));
}

describe('rule screen: the list of passing rules', () => {
  const list = [
    ...rules([
      { id: 't.en', type: 'ACQUIRED', pattern: '@a acquired @b', source: 'a', target: 'b', confidence: 1 },
      { id: 't.fr', type: 'ACQUIRED', pattern: '@a a racheté @b', source: 'a', target: 'b', confidence: 1 },
    ]),
    ...readerRules([
      // declares its trigger words: called only on a sentence holding one
      {
        id: 't.rival',
        type: 'COMPETES_WITH',
        read: reads,
        neededWords: ['rival', 'concurrent'],
        source: 'a',
        target: 'b',
        confidence: 1,
      },
      // declares none: called on every sentence with two parties (the safe default)
      { id: 't.any', type: 'MERGED_WITH', read: reads, source: 'a', target: 'b', confidence: 1 },
      // a stem pattern screens it ("rivalise", "rivalry")
      {
        id: 't.stem',
        type: 'COMPETES_WITH',
        read: reads,
        neededWordPattern: /^rival/u,
        source: 'a',
        target: 'b',
        confidence: 1,
      },
    ]),
  ];
  const screen = ruleScreen(list);
  const ids = (u: Unit[], pairable = true) => screen.passingRules(u, pairable).map((r) => list[r].id);

  it('hands a reader a sentence holding its trigger word, in either language', () => {
    // "rival" is also the stem reader's word
    expect(ids(units('[Norvane] is a rival of [Tessaro] .'))).toEqual(['t.rival', 't.any', 't.stem']);
    expect(ids(units('[Norvane] est un concurrent de [Tessaro] .'))).toEqual(['t.rival', 't.any']);
  });

  it('keeps a reader from a sentence without its trigger words', () => {
    expect(ids(units('[Norvane] acquired [Tessaro] .'))).toEqual(['t.en', 't.any']);
    expect(ids(units('[Norvane] a racheté [Tessaro] .'))).toEqual(['t.fr', 't.any']);
  });

  it('always calls a reader that declares no trigger words, and reads a stem pattern', () => {
    expect(ids(units('[Norvane] rivalise avec [Tessaro] .'))).toEqual(['t.any', 't.stem']);
    expect(ids(units('[Norvane] and [Tessaro] talked .'))).toEqual(['t.any']);
  });

  it('drops two-party rules from a sentence naming one party', () => {
    expect(ids(units('[Norvane] acquired a rival .'), false)).toEqual([]);
  });

  it('answers as the flags do, in rule order', () => {
    for (const text of [
      '[Norvane] acquired [Tessaro] , a rival .',
      '[Norvane] a racheté [Tessaro] , son concurrent qui rivalise .',
      '[Norvane] sold [Tessaro] .',
    ])
      for (const pairable of [true, false]) {
        const u = units(text);
        const got = [...screen.passingRules(u, pairable)];
        expect(got).toEqual(flagged(screen.passing(u, pairable)));
        expect(got).toEqual([...got].sort((a, b) => a - b));
      }
  });
});

/** The family firm familyWordOrgIn finds in the last sentence of `text`, by name. */
function familyFirm(text: string): string | null {
  const sentences = splitSentences(text);
  const tokens = sentences.map((x) => tokenize(x.text, x.start));
  const index = clusterEntities(collectCandidates(tokens, text), tokens, text);
  const last = tokens.length - 1;
  const found = familyWordOrgIn(tokens[last], index.bySentence[last], index);
  return found === null ? null : entityName(index.entities[found].surfaces);
}

describe('family words screen the family reader', () => {
  it('holds the words of both family regexes, in both languages', () => {
    for (const w of ['family', 'famille', 'héritiers', 'descendants', "family's", 'clan'])
      expect(FAMILY_WORDS.has(w)).toBe(true);
    expect(FAMILY_WORDS.has('familles')).toBe(false);
  });

  it.each([
    [
      'Brasseries Quellec grandit. Contrôlée par la famille Quellec, la société exporte.',
      'Brasseries Quellec',
    ],
    [
      'Halvorsen Shipping AS grew. Owned by the Halvorsen family, the company hired.',
      'Halvorsen Shipping AS',
    ],
    ['Ostrander Tools expanded. The Ostrander clan still runs the company.', 'Ostrander Tools'],
    // near-misses: no family word, or the surname names no company
    ['Brasseries Quellec grandit. Contrôlée par Pascal Quellec, la société exporte.', null],
    ['Halvorsen Shipping AS grew. Owned by the Brekke family, the company hired.', null],
  ])('reads "%s"', (text, expected) => {
    expect(familyFirm(text)).toBe(expected);
  });
});
