import { dealStatus } from '../../../ingest/modality';
import { facts, pair, run } from './helpers';

/** Sentences written for these tests: a stake bought from its holder, and deals a party decided against. */

const deals = (text: string): string[] =>
  [...facts(run(text), 'ACQUIRED'), ...facts(run(text), 'FUNDED')].map(pair);

describe('the holder of a stake in the buyer or an unnamed venture is not what was bought', () => {
  it.each([
    ["Alpha Corp said it has acquired Beta Inc's one-third interest in the network.", 'Beta Inc'],
    ["Alpha Corp bought Beta Inc's 50 pct stake in the venture.", 'Beta Inc'],
    ['Varenne SA a racheté les parts de Ostrel SAS dans son capital.', 'Ostrel SAS'],
    ["Varenne SA a racheté la participation d'Ostrel SAS dans la coentreprise.", 'Ostrel SAS'],
  ])('%s', (text, holder) => {
    expect(deals(text).filter((p) => p.endsWith(`-> ${holder}`))).toEqual([]);
  });

  it.each([
    ["Alpha Corp bought Beta Inc's pulp unit for 20 mln dlrs.", 'Alpha Corp -> Beta Inc'],
    ['Alpha Corp said it acquired Beta Inc for 20 mln dlrs.', 'Alpha Corp -> Beta Inc'],
    ['Varenne SA a racheté les parts de Ostrel SAS.', 'Varenne SA -> Ostrel SAS'],
    // a company named after "in" keeps the reading the CA keys take seller and target from
    [
      "C-I-L Inc said it would exercise its right to acquire Trimac Ltd's stake in their jointly owned Tricil Ltd.",
      'C-I-L Inc -> Tricil Ltd',
    ],
  ])('a business, the company itself or a named holding stays bought: %s', (text, expected) => {
    expect(deals(text)).toContain(expected);
  });
});

describe('a party deciding against the deal abandons it', () => {
  it.each([
    ['Atcor Inc said that Harlow Mills has decided against buying Quenby.'],
    ['Harlow Mills said it decided not to acquire Quenby Corp.'],
    ['Harlow Mills chose not to proceed with its purchase of Quenby Corp.'],
    ['Bryant said it would be impossible for a group led by Harlow Mills to gain control of Quenby.'],
  ])('%s', (sentence) => {
    expect(dealStatus(sentence)).toBe('abandoned');
  });

  it('a deal decided on stays', () => {
    expect(dealStatus('Harlow Mills said it decided to acquire Quenby Corp for 20 mln dlrs.')).not.toBe(
      'abandoned',
    );
  });
});

describe('a wire ticker after the holder', () => {
  it('is read as part of its name', () => {
    const text = "USA Network said it has acquired Beta Inc's <BTA> one-third interest in the network.";
    expect(deals(text).filter((p) => p.endsWith('-> Beta Inc'))).toEqual([]);
  });
});
