import { facts, pair, run } from './helpers';

/** Our own sentences: a purchase told in a bracketed aside, and a company bought back. */
const deals = (text: string) => facts(run(text), 'ACQUIRED').map(pair);

describe('a purchase told in brackets after the company bought', () => {
  it('"Y (acquired by X in 2007)"', () => {
    const text =
      'Other licensees include Tessor Labs (acquired by Marlow Chemical Corp in 2007), Canon and others.';
    expect(deals(text)).toEqual(['Marlow Chemical Corp -> Tessor Labs']);
  });

  it('a bracket that names no purchase gives none', () => {
    const text =
      'Other licensees include Tessor Labs (a unit of Marlow Chemical Corp since 2007), Canon and others.';
    expect(deals(text)).toEqual([]);
  });
});

describe('a company bought back', () => {
  it('"X reacquired Y from Z"', () => {
    expect(deals('On June 5, Orban Steel Corp reacquired Melk Industries from Tessaly Corp.')).toEqual([
      'Orban Steel Corp -> Melk Industries',
    ]);
  });
});
