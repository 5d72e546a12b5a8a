import { rulesFor } from '../../../ingest/relations/all-rules';
import type { Unit } from '../../../ingest/relations/pattern';
import type { Captures } from '../../../ingest/relations/pattern';
import { readerRules, rules } from '../../../ingest/relations/rule';
import type { Rule } from '../../../ingest/relations/rule';
import { mayNamePerson, needsPerson, ruleScreen } from '../../../ingest/relations/rule-screen';
import { hasAny, wordsOf } from '../../../ingest/relations/sentence-words';
import type { Language } from '../../../ingest/types';
import { bracketUnits as units } from './bracket-units';

const noReading = (): Captures[] => [];

/** The screen's answer spelt out: every plain word list met, and the party count. */
function plainAnswer(rule: Rule, u: Unit[], pairable: boolean): 0 | 1 {
  const words = wordsOf(u);
  const lists: (readonly string[] | null)[] = [...(rule.pattern?.requiredWords ?? [])];
  if (rule.read && rule.neededWords && rule.neededWords.length > 0) lists.push(rule.neededWords);
  const met = lists.every((list) => list === null || hasAny(words, list));
  const twoParty = rule.source && rule.target && !rule.topicTarget;
  // a rule with a person party is held back from a sentence naming no person (speed-screens-day14)
  const person = !needsPerson(rule) || mayNamePerson(u);
  return met && person && (pairable || !twoParty) ? 1 : 0;
}

describe('rule screen over several word lists', () => {
  const list = rules([
    // "the" is in many lists, "acquired" in one: both must be met
    { id: 't.two', type: 'ACQUIRED', pattern: '@a acquired the @b', source: 'a', target: 'b', confidence: 1 },
    { id: 't.the', type: 'ACQUIRED', pattern: '@a bought the @b', source: 'a', target: 'b', confidence: 1 },
    // a topic stands in for the target: one named party is enough
    {
      id: 't.one',
      type: 'ACQUIRED',
      pattern: 'the @a',
      source: 'a',
      target: 'topic',
      topicTarget: true,
      confidence: 1,
    },
  ]);
  const screen = ruleScreen(list);

  it('passes a rule only when each of its word lists is met', () => {
    expect(Array.from(screen.passing(units('[A] acquired the [B] .'), true))).toEqual([1, 0, 1]);
    expect(Array.from(screen.passing(units('[A] bought the [B] .'), true))).toEqual([0, 1, 1]);
    expect(Array.from(screen.passing(units('[A] acquired [B] .'), true))).toEqual([0, 0, 0]);
  });

  it('forgets a refusal from one sentence to the next', () => {
    // refused for a missing list, then met: nothing of the refusal stays
    expect(Array.from(screen.passing(units('[A] acquired [B] .'), true))[0]).toBe(0);
    expect(Array.from(screen.passing(units('[A] acquired the [B] .'), true))[0]).toBe(1);
    expect(Array.from(screen.passing(units('[A] bought [B] .'), true))).toEqual([0, 0, 0]);
  });

  it('holds a two-party rule back from a sentence naming one party', () => {
    expect(Array.from(screen.passing(units('[A] acquired the shares .'), false))).toEqual([0, 0, 1]);
  });

  it('answers as the plain screen on the real rule lists, both languages', () => {
    const sentences: [Language, string][] = [
      ['en', '[Arvel] said it acquired the [Coltrane] unit for $20 million .'],
      ['en', 'The deal , the largest of the year , was led by [Arvel] with [Coltrane] .'],
      ['en', 'Rivals such as [Arvel] and [Coltrane] have moved in .'],
      ['en', '[Arvel] competes with [Coltrane] in the market for chips .'],
      ['fr', 'Le groupe [Arvel] a racheté la société [Coltrane] pour 20 millions d’euros .'],
      ['fr', 'La levée de fonds , menée par [Arvel] , associe aussi [Coltrane] .'],
      ['fr', 'Face à [Arvel] et [Coltrane] , qui dominent le marché , la société mise sur le prix .'],
    ];
    for (const [lang, text] of sentences) {
      const all = rulesFor(lang);
      const u = units(text);
      for (const pairable of [true, false]) {
        const got = Array.from(ruleScreen(all).passing(u, pairable));
        // readers with a word regex are tested after the plain lists: only compare the plain part on them
        const want = all.map((rule, r) =>
          rule.read && rule.neededWordPattern && got[r] === 0 ? 0 : plainAnswer(rule, u, pairable),
        );
        expect(got).toEqual(want);
      }
    }
  });
});

describe('readers that now declare their cue words', () => {
  const screenOf = (lang: Language, id: string, text: string) => {
    const all = rulesFor(lang);
    const r = all.findIndex((rule) => rule.id === id);
    expect(r).toBeGreaterThanOrEqual(0);
    const u = units(text);
    return { passes: ruleScreen(all).passing(u, true)[r] === 1, reads: all[r].read!(u, lang).length > 0 };
  };

  it.each([
    ['en', 'Rivals such as [Arvel] and [Coltrane] have moved in .'],
    ['en', 'Competitors include [Arvel] and [Coltrane] .'],
    ['en', 'Rival studio [Arvel] raised $45 million .'],
    ['fr', 'Concurrents : [Arvel] et [Coltrane] .'],
  ] as [Language, string][])('opening rivals: %s "%s" is screened in and read', (lang, text) => {
    expect(screenOf(lang, 'any.competes.frame-opening-rivals', text)).toEqual({ passes: true, reads: true });
  });

  it.each([
    ['en', 'Customers such as [Arvel] and [Coltrane] have signed .'],
    ['fr', 'Clients : [Arvel] et [Coltrane] .'],
  ] as [Language, string][])('opening rivals: %s "%s" has no rival noun and is skipped', (lang, text) => {
    expect(screenOf(lang, 'any.competes.frame-opening-rivals', text)).toEqual({
      passes: false,
      reads: false,
    });
  });

  it('dominant fellows: skipped without a rivalry trigger, read with one', () => {
    const id = 'any.competes.frame-dominant-fellows';
    expect(
      screenOf('fr', id, '[Arvel] a signé avec [Beltra] et [Coltrane] , qui dominent le marché .'),
    ).toEqual({
      passes: false,
      reads: false,
    });
    expect(
      screenOf('fr', id, '[Arvel] affronte [Beltra] et [Coltrane] , qui dominent le marché .').passes,
    ).toBe(true);
  });

  it.each([
    ['en', 'any.acquired.frame-object-relative', '[Lumen] , which [Arvel] bought last year , makes jam .'],
    [
      'en',
      'any.acquired.frame-object-relative',
      'the brand that [Arvel] acquired in 2019 , [Lumen] , grew .',
    ],
    ['fr', 'any.acquired.frame-object-relative', '[Lumen] , que [Arvel] a rachetée en 2019 , grandit .'],
    ['en', 'any.merged.frame-pair', '[Arvel] and [Lumen] , which agreed in May to merge , named a chief .'],
    ['fr', 'any.merged.frame-pair', '[Arvel] et [Lumen] , qui vont fusionner , ont nommé un patron .'],
    [
      'fr',
      'any.acquired.frame-earlier-ones',
      'C’est la troisième acquisition de [Arvel] en deux ans , après celles de [Beltra] et de [Coltrane] .',
    ],
    [
      'en',
      'any.acquired.frame-earlier-ones',
      'It is the third acquisition of [Arvel] this year , after those of [Beltra] and [Coltrane] .',
    ],
  ] as [Language, string, string][])('%s %s: "%s" is screened in', (lang, id, text) => {
    expect(screenOf(lang, id, text).passes).toBe(true);
  });

  it.each([
    ['en', 'any.acquired.frame-object-relative', '[Lumen] , bought by [Arvel] last year , makes jam .'],
    ['fr', 'any.acquired.frame-object-relative', '[Lumen] , rachetée par [Arvel] en 2019 , grandit .'],
    ['en', 'any.merged.frame-pair', '[Arvel] and [Lumen] , which agreed in May to partner , named a chief .'],
    ['fr', 'any.merged.frame-pair', '[Arvel] et [Lumen] , qui vont coopérer , ont nommé un patron .'],
    [
      'en',
      'any.acquired.frame-earlier-ones',
      'It is the third acquisition of [Arvel] this year , after [Beltra] and [Coltrane] .',
    ],
  ] as [Language, string, string][])(
    '%s %s: "%s" lacks the cue word, skipped and unread',
    (lang, id, text) => {
      expect(screenOf(lang, id, text)).toEqual({ passes: false, reads: false });
    },
  );

  it('a reader with a declared regex still runs where a word matches it', () => {
    const list = readerRules([
      {
        id: 't.rival',
        type: 'COMPETES_WITH',
        read: noReading,
        neededWordPattern: /^(rival|rivals)$/u,
        source: 'a',
        target: 'a',
        confidence: 1,
      },
    ]);
    expect(Array.from(ruleScreen(list).passing(units('[A] and [B] are rivals .'), true))).toEqual([1]);
    expect(Array.from(ruleScreen(list).passing(units('[A] and [B] are partners .'), true))).toEqual([0]);
  });
});
