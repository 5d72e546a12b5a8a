import { facts, pair, run } from './helpers';

function read(type: string, text: string): string[] {
  return facts(run(text), type).map(pair);
}

describe('the infinitive of a purchase has its own agent ("for Z to buy", "formed by A to acquire")', () => {
  it.each([
    'It said the loan Harwick Bank provided for Dornell Corp to buy Pellam Inc will be repaid.',
    'Harwick Bank arranged financing for Dornell Corp to acquire Pellam Inc, the company said.',
    'The companies reached agreement for Dornell Corp to purchase Pellam Inc last week.',
  ])('reads no purchase by the lender or the speaker: %s', (text) => {
    const deals = read('ACQUIRED', text);
    expect(deals.filter((p) => p.startsWith('Harwick Bank'))).toEqual([]);
    expect(read('FUNDED', text).filter((p) => p.endsWith('Pellam Inc'))).toEqual([]);
  });

  it('still reads the named agent of the infinitive as the buyer', () => {
    expect(
      read('ACQUIRED', 'The companies reached agreement for Dornell Corp to purchase Pellam Inc.'),
    ).toEqual(['Dornell Corp -> Pellam Inc']);
  });

  it.each([
    'Brisco Acquisition Corp was formed by Talbot Capital Ltd and Ferrand Video Inc to acquire Pellam Inc.',
    'Brisco Acquisition Corp was set up by Talbot Capital Ltd <TCL> to buy Pellam Inc.',
    'The regulator ruled against a move of Talbot Capital Ltd to acquire 33 mln Pellam Inc shares.',
  ])('reads no purchase by who set up the buyer or only tried: %s', (text) => {
    expect(read('ACQUIRED', text).filter((p) => p.startsWith('Talbot') || p.startsWith('Ferrand'))).toEqual(
      [],
    );
  });

  it('keeps a buyer formed earlier that agrees to buy', () => {
    expect(
      read('ACQUIRED', 'Brisco Corp, formed last month by Talbot Capital Ltd, agreed to acquire Pellam Inc.'),
    ).toEqual(['Brisco Corp -> Pellam Inc']);
  });
});

describe('a market the shares were bought on is no target', () => {
  it.each([
    'Gabrel Group Inc said 95,800 shares were bought April 3-6 on the Philadelphia Stock Exchange.',
    'Gabrel Group Inc said it bought the shares on the Midwest Stock Exchange last week.',
    'Gabrel Group Inc acquired the stock on Nasdaq Inc through a broker.',
  ])('%s', (text) => {
    expect(read('ACQUIRED', text)).toEqual([]);
  });

  it('keeps a company bought', () => {
    expect(read('ACQUIRED', 'Gabrel Group Inc said it bought Corlane Exchange Corp last week.')).toEqual([
      'Gabrel Group Inc -> Corlane Exchange Corp',
    ]);
  });
});
