/**
 * Real wire copy, day seventeen: an open question or a mere readiness ("has made no decision as to whether",
 * "was prepared to discuss an acquisition", "n'a pas encore décidé") is no deal made (modality.ts UNDECIDED).
 * Sentences written for these tests in the Reuters style; a decision taken stays a deal.
 */
import { dealStatus } from '../../../ingest/modality';
import { madePairs } from './helpers';

const PUBLISHED = '1987-06-02';

describe('undecided or only ready: rumoured', () => {
  it.each([
    'Blair also said that Nova has made no decision as to whether it would want to be lead partner in a joint purchase of Dome.',
    'General Partners said it was prepared to discuss an acquisition of GenCorp.',
    'Harlan Corp said it is willing to consider a purchase of Dexter Tool Co.',
    'Harlan Corp said it has not yet decided whether to buy Dexter Tool Co.',
    "Le groupe Harlan n'a pas encore décidé s'il rachètera Dexter.",
    'Harlan se dit prêt à discuter du rachat de Dexter.',
  ])('%s', (text) => {
    expect(dealStatus(text)).toBe('rumoured');
  });

  it('no deal is kept from such a sentence', () => {
    const text =
      'EDMONTON, June 2 - Nova Corp said it has made no decision on whether to acquire Dome Petroleum Ltd.';
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toEqual([]);
  });
});

describe('a decision taken or a deal agreed stays a deal', () => {
  it.each([
    ['Harlan Corp said it decided to buy Dexter Tool Co for 40 mln dlrs.', 'pending'],
    ['Harlan Corp said it agreed to acquire Dexter Tool Co.', 'pending'],
    ['Harlan Corp bought Dexter Tool Co, a maker of tools that is ready to expand.', 'completed'],
  ])('%s', (text, status) => {
    expect(dealStatus(text)).toBe(status);
  });
});
