import { withoutEarlierRound } from '../../../ingest/modality';
import { ACQUIRED_IDIOM_FRAMES } from '../../../ingest/relations/frames/acquired-idioms';
import { ACQUIRED_LIST_FRAMES } from '../../../ingest/relations/frames/acquired-lists';
import { LEAN_TAKEOVER_FRAMES } from '../../../ingest/relations/frames/lean-on-backer';
import { ruleScreen } from '../../../ingest/relations/rule-screen';
import { bracketUnits } from './bracket-units';
import { pairsByRule } from './frames-test-helpers';

/** Whether the screen lets the one reader of `rules` read the sentence. */
function screened(rules: typeof ACQUIRED_LIST_FRAMES, text: string): boolean {
  return ruleScreen(rules).passing(bracketUnits(text), true)[0] === 1;
}

describe('acquisition-list reader screen', () => {
  it('reads sentences holding a plural deal noun, in both languages', () => {
    expect(screened(ACQUIRED_LIST_FRAMES, '[Arvel] made three acquisitions , including [Coltrane] .')).toBe(
      true,
    );
    expect(screened(ACQUIRED_LIST_FRAMES, "[Arvel] 's purchases include [Coltrane] .")).toBe(true);
    expect(screened(ACQUIRED_LIST_FRAMES, '[Arvel] a multiplié les rachats , dont [Coltrane] .')).toBe(true);
  });

  it('skips sentences without one', () => {
    expect(screened(ACQUIRED_LIST_FRAMES, '[Arvel] bought [Coltrane] and [Dexmo] .')).toBe(false);
    // the singular noun is no list
    expect(screened(ACQUIRED_LIST_FRAMES, "[Arvel] 's acquisition of [Coltrane] closed .")).toBe(false);
  });

  it('still reads the list through the whole pipeline', () => {
    expect(
      pairsByRule(
        'Arvel Group has made three acquisitions this year, including Coltrane Systems and Dexmo Labs.',
        'ACQUIRED',
        'any.acquired.frame-list',
      ).sort(),
    ).toEqual(['Arvel Group -> Coltrane Systems', 'Arvel Group -> Dexmo Labs']);
  });
});

describe('idiom reader screen', () => {
  it('reads sentences holding a domain noun, a leaning verb or noun, or "part"/"partie"', () => {
    for (const text of [
      "[Nodia] est tombée dans l' escarcelle de [Veltra] .",
      '[Nodia] passe dans le giron de [Veltra] .',
      '[Nodia] , now part of [Veltra] , grew .',
      '[Nodia] fait désormais partie de [Veltra] .',
    ])
      expect(screened(ACQUIRED_IDIOM_FRAMES, text)).toBe(true);
    // day twenty-seven: leaning on a backer moved to its own reader (frames/lean-on-backer.ts)
    for (const text of ["[Nodia] s' adosse à [Veltra] .", "l' adossement de [Nodia] à [Veltra] ."])
      expect(screened(LEAN_TAKEOVER_FRAMES, text)).toBe(true);
  });

  it('skips sentences holding none', () => {
    expect(screened(ACQUIRED_IDIOM_FRAMES, '[Nodia] a été rachetée par [Veltra] .')).toBe(false);
    expect(screened(ACQUIRED_IDIOM_FRAMES, '[Nodia] partners with [Veltra] .')).toBe(false);
  });

  it('still reads the idioms through the whole pipeline', () => {
    const read = (text: string) => pairsByRule(text, 'ACQUIRED', 'any.acquired.frame-idiom');
    const lean = (text: string) => pairsByRule(text, 'ACQUIRED', 'any.acquired.frame-lean');
    expect(lean("La start-up Nodia Systèmes s'adosse au groupe Veltra Industries.")).toEqual([
      'Veltra Industries -> Nodia Systèmes',
    ]);
    expect(read('Nodia Systems, now part of Veltra Industries, makes valves.')).toEqual([
      'Veltra Industries -> Nodia Systems',
    ]);
  });
});

describe('earlier-round cut', () => {
  it('keeps a sentence with no "after" word whole', () => {
    const s = 'A et B ont signé un accord de fusion, deux ans plus tard.';
    expect(withoutEarlierRound(s)).toBe(s);
  });

  it('still cuts an earlier failed round told after the commitment', () => {
    expect(
      withoutEarlierRound(
        "A et B ont signé un accord de fusion, un an après l'échec de premières discussions.",
      ),
    ).toBe('A et B ont signé un accord de fusion');
    expect(
      withoutEarlierRound(
        'Bolt and Corva signed a merger agreement, a year after talks with Cedar collapsed.',
      ),
    ).toBe('Bolt and Corva signed a merger agreement');
  });
});
