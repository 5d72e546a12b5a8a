import { facts, pair, run } from './helpers';

function read(type: string, text: string): string[] {
  return facts(run(text), type).map(pair);
}

describe('a name that only qualifies the noun after it is no party (look-ahead after the capture)', () => {
  it('reads no funding from money put into a market or an asset', () => {
    expect(
      read(
        'FUNDED',
        'Trevane Holdings said it would keep investing in Ostrian Treasury securities this year.',
      ),
    ).toEqual([]);
    expect(
      read(
        'FUNDED',
        'Trevane Holdings said the proceeds would be invested in the oil industry outside Marrak Petroleum.',
      ),
    ).toEqual([]);
  });

  it('still reads money invested in a company', () => {
    expect(
      read('FUNDED', 'Trevane Holdings said it invested four mln dlrs in Corlin Labs Inc last year.'),
    ).toEqual(['Trevane Holdings -> Corlin Labs Inc']);
  });

  it('does not take the qualifier of "the Dutch Robotics firm Y" for the company a stake is taken in', () => {
    const pairs = read(
      'FUNDED',
      'Halbrook AG said it has taken a 25 pct stake in the Dutch Robotics firm <Veltronic BV>.',
    );
    expect(pairs.some((p) => p.endsWith('Dutch Robotics'))).toBe(false);
    expect(read('FUNDED', 'Halbrook AG said it has taken a 25 pct stake in <Veltronic BV>.')).toEqual([
      'Halbrook AG -> Veltronic BV',
    ]);
  });

  it('reads no rival in a kind of producer, even past the wire-copy bracket closing the name', () => {
    expect(
      read('COMPETES_WITH', 'Ardent Motors Corp said it competes with <Velland Luxury> car producers.'),
    ).toEqual([]);
    expect(
      read('COMPETES_WITH', 'Velmont Corp said it faces stiff competition from Asian Electronics makers.'),
    ).toEqual([]);
  });

  it('keeps a rival followed by the market they share', () => {
    expect(
      read(
        'COMPETES_WITH',
        'Ardent Motors Corp said it competes with <Velland Motors Inc> in the luxury car market.',
      ),
    ).toEqual(['Ardent Motors Corp -> Velland Motors Inc']);
  });
});

describe('what a company completed or arranged that is no funding', () => {
  it('reads no round from a completed sale to an investor group', () => {
    expect(
      read(
        'FUNDED',
        'Pemberton Inc said it completed the previously-announced sale of its printing division to an investor group led by Garrow Partners Ltd.',
      ),
    ).toEqual([]);
    expect(
      read('FUNDED', 'Pemberton Inc said it completed a 12 mln dlr financing led by Garrow Partners Ltd.'),
    ).toEqual(['Garrow Partners Ltd -> Pemberton Inc']);
  });

  it("does not make a share issue's underwriters investors, but keeps a loan's lender", () => {
    expect(
      read(
        'FUNDED',
        'Castellan PLC posted a loss. It said Castellan has arranged financing through an issue of ordinary and preference shares underwritten by Brackley Securities Ltd and Morrow Partners Ltd.',
      ),
    ).toEqual([]);
    expect(
      read(
        'FUNDED',
        'Castellan PLC posted a loss. It said Castellan has arranged financing through a syndicated loan from Brackley Bank Ltd.',
      ),
    ).toEqual(['Brackley Bank Ltd -> Castellan PLC']);
  });
});
