import { rulesFor } from '../../../ingest/relations/all-rules';
import { compile, matchScreened } from '../../../ingest/relations/pattern';
import type { Pattern, Unit } from '../../../ingest/relations/pattern';
import { lastMatchStart, wordRunsOf } from '../../../ingest/relations/pattern-word-runs';
import { bracketUnits } from './bracket-units';

/** The runs of a compiled pattern as their regex sources. */
function runSources(source: string): string[][] {
  return compile(source).wordRuns.map((run) => run.map((re) => re.source));
}

describe('pattern word runs (day 31, speed)', () => {
  it('cuts runs at gaps, parties, optional words and look-aheads; sentence-wide words are no run', () => {
    expect(runSources('@a ~14 (acquisition|purchase) of ~2! , (ont|que) , ~3! @b')).toEqual([
      ['^(?:(acquisition|purchase))$', '^(?:of)$'],
      ['^(?:,)$', '^(?:(ont|que))$', '^(?:,)$'],
    ]);
    expect(runSources('@a (a|ont) ?(déjà) (racheté|acquis) @b &&prix !!match')).toEqual([
      ['^(?:(a|ont))$'],
      ['^(?:(racheté|acquis))$'],
    ]);
    expect(runSources('@a >to_buy @b')).toEqual([]);
    expect(wordRunsOf([{ t: 'gap' }, { t: 'word', optional: true, re: /^x$/u }])).toEqual([]);
  });

  it('places the runs as late as they go, in order and without overlap', () => {
    const runs = compile('@a ~6 bought ~3 from @b').wordRuns;
    // units: 0 [A], 1 bought, 2 a, 3 stake, 4 from, 5 [B], 6 and, 7 bought, 8 more, 9 from, 10 [C]
    const u = bracketUnits('[Ardent Corp] bought a stake from [Bexley] and bought more from [Corvin Ltd]');
    expect(lastMatchStart(runs, u)).toBe(7);
    // "from" before "bought" only: no match can be laid out
    expect(
      lastMatchStart(runs, bracketUnits('[Ardent Corp] got it from [Bexley] , which bought nothing')),
    ).toBe(-1);
    // a run needs its words on consecutive units
    const ofRun = compile('@a ~9 purchase of @b').wordRuns;
    expect(
      lastMatchStart(ofRun, bracketUnits('[Ardent Corp] made a purchase , of sorts , of [Bexley]')),
    ).toBe(-1);
    expect(lastMatchStart(ofRun, bracketUnits('[Ardent Corp] completed its purchase of [Bexley]'))).toBe(3);
    // no required word: every unit may open a match
    expect(lastMatchStart([], u)).toBe(u.length - 1);
    expect(lastMatchStart(runs, [])).toBe(-1);
  });

  it('reads a lone capitalised word held as a name as the word it is, as the matcher does', () => {
    const u = bracketUnits('[Ardent Corp] bought [Bexley]');
    const bought = u[1] as Extract<Unit, { kind: 'tok' }>;
    const held = { ...u[0], word: { ...bought.token } };
    const runs = compile('bought @b').wordRuns;
    expect(lastMatchStart(runs, [u[0], u[2]])).toBe(-1);
    expect(lastMatchStart(runs, [held as (typeof u)[0], u[2]])).toBe(0);
  });

  /** Fresh sentences, both languages, with words of several rules in and out of order. */
  const SENTENCES = [
    '[Halcyon Brands] said it completed its purchase of Toronto , Ont. , packaging firm [Merrow Box] .',
    '[Halcyon Brands] bought the Ohio unit from [Merrow Box] , and [Tallis Group] bought its rival [Quern] .',
    'From [Merrow Box] , [Halcyon Brands] bought nothing , the sale of [Quern] to [Tallis Group] fell through .',
    '[Velorin SA] a racheté [Gastin] , puis a cédé sa filiale [Moret] à [Belcour] pour 12 millions .',
    'Le rachat de [Gastin] par [Velorin SA] , annoncé mardi , a été finalisé .',
    '[Corbel Inc] , a unit of [Dunmore Holdings] , agreed to merge with [Estrin Co] in a stock swap .',
    '[Fenwick Capital] led a 20 mln dlr round in [Garrow Labs] , followed by [Hesketh Ventures] and [Ilford] .',
    '[Jarrow Mining] competes with [Kestrel Metals] , the market leader , and [Lomond] , the number two .',
  ];

  it('changes no match of any rule: the screen only skips tries that fail', () => {
    let matched = 0;
    for (const lang of ['en', 'fr'] as const)
      for (const rule of rulesFor(lang)) {
        if (!rule.pattern) continue;
        const every: Pattern = { ...rule.pattern, wordRuns: [] };
        for (const text of SENTENCES) {
          const u = bracketUnits(text);
          const all = matchScreened(every, u);
          matched += all.length;
          expect(matchScreened(rule.pattern, u)).toEqual(all);
        }
      }
    // the sentences reach some rules, or the test would prove nothing
    expect(matched).toBeGreaterThan(5);
  });
});
