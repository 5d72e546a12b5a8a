import { compile, matchAll, PatternSyntaxError } from '../../../ingest/relations/pattern';
import { bracketUnits } from './bracket-units';

const units = bracketUnits;

function targets(pattern: string, text: string): number[] {
  return matchAll(compile(pattern), units(text)).flatMap((c) => c.tgt ?? []);
}

describe('look-ahead after a capture in the rule language', () => {
  const investsIn = '@src invested in @tgt !>{3}(securities|bonds|producers)';

  it('keeps a capture when the refused word does not follow', () => {
    expect(targets(investsIn, '[Orsolin Capital] invested in [Vintrel Labs] last year .')).toEqual([1]);
  });

  it('refuses a capture followed at once by a refused word', () => {
    expect(targets(investsIn, '[Orsolin Capital] invested in [Kestar Treasury] securities .')).toEqual([]);
  });

  it('refuses a capture when plain lower-case words lead to the refused word within the window', () => {
    expect(targets(investsIn, '[Orsolin Capital] invested in [Lunaria] luxury car producers .')).toEqual([]);
  });

  it('looks no further than its window', () => {
    expect(
      targets(investsIn, '[Orsolin Capital] invested in [Lunaria] small luxury car producers .'),
    ).toEqual([1]);
  });

  it('stops looking at punctuation: a word of the next clause is not what follows the capture', () => {
    expect(targets(investsIn, '[Orsolin Capital] invested in [Vintrel Labs] , whose bonds rose .')).toEqual([
      1,
    ]);
  });

  it('does not cross a preposition or a determiner: the next phrase is not qualified by the capture', () => {
    expect(targets(investsIn, '[Orsolin Capital] invested in [Vintrel Labs] in the bonds .')).toEqual([1]);
    expect(targets(investsIn, '[Orsolin Capital] invested in [Vintrel Labs] and other producers .')).toEqual([
      1,
    ]);
  });

  it('needs the words of a positive look-ahead, in order, and consumes none of them', () => {
    const contest = '@src competed against @tgt >to_(buy|acquire)';
    expect(
      targets(contest, '[Harlow Group] competed against [Pentre Corp] to acquire [Sallow Stores] .'),
    ).toEqual([1]);
    expect(targets(contest, '[Harlow Group] competed against [Pentre Corp] to win customers .')).toEqual([]);
    // the word looked at is still there for the next element to take
    const followed = compile('@src competed against @tgt >to to acquire');
    expect(
      matchAll(followed, units('[Harlow Group] competed against [Pentre Corp] to acquire it .')),
    ).toHaveLength(1);
  });

  it('rejects a window below one with a typed error', () => {
    expect(() => compile('@a >{0}x @b')).toThrow(PatternSyntaxError);
    try {
      compile('@a !>{0}x');
    } catch (e) {
      expect((e as PatternSyntaxError).code).toBe('RELATIONS_PATTERN_SYNTAX');
    }
  });

  it('does not make a sentence need the looked-for words to be screened in', () => {
    expect(compile(investsIn).required.map((r) => r.source)).toEqual(['^(?:invested)$', '^(?:in)$']);
  });
});

describe('sentence-wide conditions and gaps that stop at a word', () => {
  it('"&&w" needs the word anywhere in the sentence, before or after the match', () => {
    const p = '@src joined @tgt &&(funding|capital)';
    expect(targets(p, '[Orsolin Capital] joined [Vintrel Labs] .')).toEqual([]);
    expect(targets(p, 'With new funding , [Orsolin Capital] joined [Vintrel Labs] .')).toEqual([1]);
    expect(targets(p, '[Orsolin Capital] joined [Vintrel Labs] to add capital .')).toEqual([1]);
  });

  it('"!!w" refuses a sentence holding the word anywhere', () => {
    const p = '@src faced @tgt !!(semifinal|tournament)';
    expect(targets(p, '[Harlow Group] faced [Pentre Corp] on price .')).toEqual([1]);
    expect(targets(p, 'In the semifinal , [Harlow Group] faced [Pentre Corp] .')).toEqual([]);
  });

  it('"~N^w" does not cross the word it names, and crosses others as a plain gap', () => {
    const p = '@src ~6^(il|elle) affronte @tgt';
    expect(targets(p, '[Harlow Group] , selon lui , affronte [Pentre Corp] .')).toEqual([1]);
    expect(targets(p, '[Harlow Group] est loin et il affronte [Pentre Corp] .')).toEqual([]);
    expect(
      targets('@src ~6 affronte @tgt', '[Harlow Group] est loin et il affronte [Pentre Corp] .'),
    ).toEqual([1]);
  });
});
