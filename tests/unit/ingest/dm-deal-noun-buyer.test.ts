import { facts, pair, run } from './helpers';

/** Our own sentences: a deal noun whose buyer is not the name standing before it. */
const deals = (text: string) => facts(run(text), 'ACQUIRED').map(pair);

describe('a deal noun that names no buyer at the first name', () => {
  it.each([
    ['In the Pellor segment, the acquisition of Harnwick Ltd added $52.0 million to revenues.'],
    ['Net cash used in investing activities included $143 million used for the acquisition of Drummel Corp.'],
    ['Brass fittings became our main products upon our acquisition of Quorra in 2008.'],
  ])('%s', (sentence) => {
    expect(deals(sentence)).toEqual([]);
  });

  it.each([
    ['In March, Orban Steel Corp, a maker of pipes, completed the acquisition of Melk Industries.'],
    ['Orban Steel Corp said it completed the acquisition of Melk Industries.'],
    ['Orban Steel Corp said our acquisition of Melk Industries closed.'],
    ['For Orban Steel Corp, the acquisition of Melk Industries opens new markets.'],
  ])('still reads the subject that made the deal: %s', (sentence) => {
    expect(deals(sentence)).toEqual(['Orban Steel Corp -> Melk Industries']);
  });
});
