import { rulesFor } from '../../../ingest/relations/all-rules';
import { compile, matchAll, matchScreened } from '../../../ingest/relations/pattern';
import type { Unit } from '../../../ingest/relations/pattern';
import { mayNamePerson, needsPerson, ruleScreen } from '../../../ingest/relations/rule-screen';
import { readerRules, refusingSentencesWith, rules } from '../../../ingest/relations/rule';
import { isAllCaps, tokenize } from '../../../ingest/tokens';
import { bracketUnits } from './bracket-units';

const units = bracketUnits;

const SENTENCES = [
  '[Halvard Corp] said it agreed to acquire [Brentwick Chemical Co] for 527 mln dlrs in cash .',
  '[Orsolin Capital] led a 12 million dollar round in [Vintrel Labs] , with [Kestar Ventures] .',
  '[Lunaria] competes with [Pentre Corp] and [Harlow Group] in the printer market .',
  "[Tessane SA] a racheté [Gaudry] pour 30 millions d'euros .",
  '[Marcel Vion] , chief executive of [Dornet Inc] , said the merger with [Quarry Ridge] was off .',
  'The company said it had no plans to sell [Ostrava Steel] .',
];

describe('rule screen', () => {
  for (const lang of ['en', 'fr'] as const) {
    const list = rulesFor(lang);
    const screen = ruleScreen(list);

    it(`lets through (${lang}) every rule whose pattern can match, and only rules whose pattern can`, () => {
      let matched = 0;
      for (const text of SENTENCES) {
        const u = units(text);
        const passing = Array.from(screen.passing(u, true));
        list.forEach((rule, r) => {
          if (!rule.pattern) {
            // a reader is held back only by the words it declares it needs, and (a LEADS/FOUNDED reader of a
            // person) by a sentence naming no person (speed-screens-day14)
            const person = !needsPerson(rule) || mayNamePerson(u);
            const words = new Set(u.flatMap((x) => (x.kind === 'tok' ? [x.token.lower] : [])));
            const declared = rule.neededWords ?? [];
            const listed = declared.length === 0 || declared.some((w) => words.has(w));
            const stem = rule.neededWordPattern;
            const matched = stem === undefined || [...words].some((w) => stem.test(w));
            expect(passing[r]).toBe(listed && matched && person ? 1 : 0);
            return;
          }
          const all = matchAll(rule.pattern, u);
          matched += all.length;
          if (passing[r] === 0) expect(all).toEqual([]);
          else expect(matchScreened(rule.pattern, u)).toEqual(all);
        });
      }
      // the sentences do reach some rules, or the test would prove nothing
      expect(matched).toBeGreaterThan(0);
    });

    it(`stops (${lang}) two-party rules when the sentence names a single party`, () => {
      const u = units(SENTENCES[0]);
      const alone = screen.passing(u, false);
      list.forEach((rule, r) => {
        if (rule.source && rule.target && !rule.topicTarget) expect(alone[r]).toBe(0);
      });
    });
  }

  it('needs a word of every plain word list the pattern requires', () => {
    const list = rules([
      {
        id: 't.acq',
        type: 'ACQUIRED',
        pattern: '@a (agreed|plans) to (buy|acquire) @b',
        source: 'a',
        target: 'b',
        confidence: 1,
      },
    ]);
    const screen = ruleScreen(list);
    expect(screen.passing(units('[A] agreed to buy [B] .'), true)[0]).toBe(1);
    expect(screen.passing(units('[A] plans to acquire [B] .'), true)[0]).toBe(1);
    expect(screen.passing(units('[A] agreed to sell [B] .'), true)[0]).toBe(0);
    expect(screen.passing(units('[A] wants to buy [B] .'), true)[0]).toBe(0);
  });
});

describe('where a match may start', () => {
  it('starts a word-led pattern at the word, for each occurrence', () => {
    const found = matchAll(compile('bought @b'), units('[A] bought [B] and later bought [C] .'));
    expect(found.map((c) => [c['#'][0], c.b[0]])).toEqual([
      [1, 1],
      [5, 2],
    ]);
  });

  it('starts a name-led pattern at each name that opens a match', () => {
    const u = units('[A] bought [B] ; [C] bought [D] .');
    expect(matchAll(compile('@a bought @b'), u).map((c) => [c.a[0], c.b[0]])).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('still tries every unit when the pattern opens on an optional word', () => {
    const u = units('[A] said [B] bought [C] .');
    expect(matchAll(compile('?said @a bought @b'), u).map((c) => c.a[0])).toEqual([1, 1]);
  });

  it('reads a list after a name even when the word after the first member is not the next element', () => {
    const u = units('[A] , [B] and [C] bought [D] .');
    expect(matchAll(compile('@@a bought @b'), u)[0].a).toEqual([0, 1, 2]);
  });
});

describe('readers refusing sentences with a word', () => {
  it('answers from each sentence, not from the one asked before', () => {
    const [rule] = refusingSentencesWith(
      readerRules([
        { id: 't.r', type: 'COMPETES_WITH', read: () => [{ a: [0], '#': [0] }], source: 'a', confidence: 1 },
      ]),
      /^(tournament|match)$/u,
    );
    const sport = units('[A] won the tournament .');
    const market = units('[A] leads the market .');
    const count = (u: Unit[]) => rule.read!(u, 'en').length;
    expect(count(sport)).toBe(0);
    expect(count(market)).toBe(1);
    expect(count(sport)).toBe(0);
    expect(count(market)).toBe(1);
  });
});

describe('isAllCaps', () => {
  /** The definition: at least two letters, every one upper case. */
  const reference = (text: string): boolean => {
    const letters = text.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  };
  const cases = [
    'IBM',
    'AT&T',
    'Ibm',
    'I',
    'A1',
    'B2B',
    'ÉLF',
    'ÉLf',
    'Ab-CD',
    'X.Y.',
    "MCDONALD'S",
    '12',
    'ÀB',
    'ΑΒΓ',
    'iPOD',
    'U.S.',
  ];
  it.each(cases)('agrees with the definition on %s', (text) => {
    const [token] = tokenize(text);
    expect(isAllCaps({ ...token, text })).toBe(reference(text));
  });
});

describe('token lower case', () => {
  it('straightens curly apostrophes and leaves other words as lower case', () => {
    const tokens = tokenize('L’Oréal’s rival GAMMA');
    expect(tokens.map((t) => t.lower)).toEqual(["l'", 'oréal', "'s", 'rival', 'gamma']);
  });
});
