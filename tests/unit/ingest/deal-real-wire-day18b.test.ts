/**
 * Real wire text, day eighteen (b): a seller's banner or operations sold under their own name is the seller's
 * business (deal-seller-banner.ts; real story en-885 "sell most of the U.S. Kresge and Jupiter stores to McCrory",
 * en-900 "sold its Whittar Steel Strip operations to Dofasco"), and a place or a people is no party to a company
 * fact (deal-place-party.ts; en-895 "a wheat subsidy to the Soviets … offer to Moscow"). Sentences written for
 * these tests.
 */
import { madePairs } from './helpers';
import { isPlaceOrPeople } from '../../../ingest/relations/deal-place-party';

const PUBLISHED = '1987-04-03';
const made = (text: string, type = 'ACQUIRED'): string[] => madePairs(text, PUBLISHED, type);

describe('a banner sold is its seller', () => {
  it.each([
    ['Harcourt Retail Group said it sold the Kresge and Jupiter stores to McCrory Corp.', 'McCrory Corp'],
    ['Harcourt Retail Group agreed to sell most of its Kresge stores to McCrory Corp.', 'McCrory Corp'],
    ['Harcourt Retail Group will sell its Whittar Steel Strip operations to Dofasco Inc.', 'Dofasco Inc'],
    ['Le groupe Casino a cédé ses magasins Leader Price à Aldi France en 2020.', 'Aldi France'],
  ])('%s', (text, buyer) => {
    const seller = text.includes('Casino') ? 'Casino' : 'Harcourt Retail Group';
    expect(made(text)).toEqual([`${buyer} -> ${seller}`]);
  });

  it('a named company sold stays the target', () => {
    expect(made('Harcourt Retail Group sold Kresge Stores Inc to McCrory Corp.')).toEqual([
      'McCrory Corp -> Kresge Stores Inc',
    ]);
  });

  it('a named division sold stays the target', () => {
    expect(made('Harcourt Retail Group sold its Kresge division to McCrory Corp.')).toEqual([
      'McCrory Corp -> Kresge',
    ]);
  });

  it('stores bought from a seller: the buyer is the subject, not a seller', () => {
    expect(made('Harcourt Retail Group bought the Kresge stores from McCrory Corp.')).toEqual([
      'Harcourt Retail Group -> McCrory Corp',
    ]);
  });
});

describe('a place or a people is no party', () => {
  it('the Soviets and Moscow', () => {
    const text =
      'Although Shultz will not oppose a wheat subsidy to the Soviets, there remain obstacles to another subsidy offer to Moscow, the State Department official said.';
    expect(made(text)).toEqual([]);
  });

  it('a city does not compete', () => {
    const text =
      'Price said the company would open a plant in Gdansk next year to compete with Polish integrator Robotyka Pomorska for contracts in Central Europe.';
    expect(made(text, 'COMPETES_WITH')).toEqual([]);
  });

  it('a place bought keeps the wire reading of an unnamed business', () => {
    const text = 'Baltek Corp said it has acquired a shrimp packing plant in Ecuador for undisclosed terms.';
    expect(made(text)).toEqual(['Baltek Corp -> Ecuador']);
  });

  it('companies compete as before', () => {
    expect(made('Vantor Aerospace competes with Leyland Precision in Europe.', 'COMPETES_WITH')).toEqual([
      'Leyland Precision -> Vantor Aerospace',
    ]);
  });

  it.each([
    ['Moscow', true],
    ['the Soviets', true],
    ['Japan', true],
    ['Iranians', true],
    ['Boston Scientific', false],
    ['Moscow Narodny Bank', false],
  ])('%s', (name, place) => {
    expect(isPlaceOrPeople(name)).toBe(place);
  });
});
