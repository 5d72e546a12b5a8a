import { facts, pair, run } from './helpers';

function deals(text: string) {
  return facts(run(text), 'ACQUIRED');
}

/** How wire copy states a deal's price away from the sentence that names the parties. */
describe('deal price told in another sentence', () => {
  it('takes the price a later sentence states outright, past the next two sentences', () => {
    const found = deals(
      'Halbrook Corp said it agreed to acquire Temsco Industries Inc. ' +
        'Temsco makes valves for the chemical industry. ' +
        'It has plants in Ohio and Texas. ' +
        'Temsco employs about 900 people. ' +
        'The current offer price is about 212 mln dlrs, a Halbrook spokesman said.',
    );
    expect(found.map(pair)).toEqual(['Halbrook Corp -> Temsco Industries Inc']);
    expect(found[0].amountText).toBe('212 mln dlrs');
    expect(found[0].amount).toBe(212000000);
  });

  it('does not lend a company size figure of a later sentence as the price', () => {
    const found = deals(
      'Halbrook Corp said it agreed to acquire Temsco Industries Inc. ' +
        'Temsco makes valves for the chemical industry. ' +
        'It has plants in Ohio and Texas. ' +
        'Temsco had 1986 sales of about 212 mln dlrs.',
    );
    expect(found.map(pair)).toEqual(['Halbrook Corp -> Temsco Industries Inc']);
    expect(found[0].amountText).toBeNull();
  });

  it('reads a sum "payable on completion" in the next sentence as the price', () => {
    const found = deals(
      'Marbury Plc said it had agreed to buy Dunmore Group Inc. A total of 3.4 mln dlrs is payable on completion.',
    );
    expect(found[0].amountText).toBe('3.4 mln dlrs');
  });
});

describe('a reported clause whose "its" is the speaker', () => {
  it('gives the deal to the speaker, not to the court that ruled on it', () => {
    const found = deals(
      'Corvale Bancorp said the state supreme court overturned its proposed acquisition of Ridgeton Savings Bank.',
    );
    expect(found.map(pair)).toEqual(['Corvale Bancorp -> Ridgeton Savings Bank']);
  });

  it('still reads the subject of a plain report as the buyer', () => {
    const found = deals('Corvale Bancorp said it completed its acquisition of Ridgeton Savings Bank.');
    expect(found.map(pair)).toEqual(['Corvale Bancorp -> Ridgeton Savings Bank']);
  });
});
