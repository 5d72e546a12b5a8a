import { facts, pair, run } from './helpers';

function deals(text: string): string[] {
  return facts(run(text))
    .filter((r) => r.type === 'ACQUIRED' || r.type === 'FUNDED')
    .map(pair);
}

describe('the one told or the place named is no buyer', () => {
  it('does not take the agency a filing went to for the buyer', () => {
    const pairs = deals(
      'BOSTON, May 4 - Harriet Quell, a retired dentist, told the Federal Banking Board she has bought ' +
        '41,200 shares of Norvane Textiles Corp, or 6.2 pct of its common stock.',
    );
    expect(pairs.some((p) => p.startsWith('Federal Banking Board'))).toBe(false);
    const informed = deals(
      'A group of Ohio pension funds informed the Ostrian Securities Authority they had purchased 7.5 pct of Brellis Mining Ltd.',
    );
    expect(informed.some((p) => p.startsWith('Ostrian Securities Authority'))).toBe(false);
  });

  it('still reads the company that did the telling as the buyer', () => {
    expect(
      deals(
        'BOSTON, May 4 - Calder Ridge Partners told the Federal Banking Board it has bought 41,200 shares of ' +
          'Norvane Textiles Corp, or 6.2 pct of its common stock.',
      ),
    ).toEqual(['Calder Ridge Partners -> Norvane Textiles Corp']);
  });

  it('takes no town or state of "a Town, St., dentist" for a party', () => {
    const pairs = deals(
      'An investor group led by Harriet Quell, a Dayton, Ohio, dentist, said it has acquired 6.2 pct of Norvane Textiles Corp.',
    );
    expect(pairs.some((p) => p.startsWith('Dayton') || p.startsWith('Ohio'))).toBe(false);
    const target = deals('Marlow Group Inc agreed to buy the Tulsa, Okla., valve maker for 80 mln dlrs.');
    expect(target.some((p) => p.endsWith('Tulsa') || p.endsWith('Okla'))).toBe(false);
  });

  it('keeps a name after a comma that is the subject of its own clause', () => {
    expect(
      deals(
        'In a letter to the Federal Banking Board, Calder Ridge Partners said it bought Norvane Textiles Corp.',
      ),
    ).toEqual(['Calder Ridge Partners -> Norvane Textiles Corp']);
  });

  it('reads the company acting through its unit as the buyer, not the unit', () => {
    const pairs = deals(
      'Hessel Group Inc, through its Larkspur Care Corp unit, agreed to acquire Windmoor Clinics Inc for 30 mln dlrs.',
    );
    expect(pairs).toContain('Hessel Group Inc -> Windmoor Clinics Inc');
    expect(pairs.some((p) => p.startsWith('Larkspur Care Corp'))).toBe(false);
  });

  it('reads the reporter of "X, which is owned by Y, said it bought Z" as the buyer, not its owner', () => {
    const pairs = deals(
      'Corvane Holdings, which is controlled by Daltry Investments Ltd, a Dutch fund, said it bought ' +
        'Pellmont Foods Inc for 12 mln dlrs.',
    );
    expect(pairs).toEqual(['Corvane Holdings -> Pellmont Foods Inc']);
  });

  it('still reads the one company of "X said it bought Z" as the buyer', () => {
    expect(deals('Corvane Holdings said it bought Pellmont Foods Inc for 12 mln dlrs.')).toEqual([
      'Corvane Holdings -> Pellmont Foods Inc',
    ]);
  });
});
