/**
 * Real wire copy, day nineteen: a sale being tried is no sale (deal-attempt.ts reads selling verbs too): "the
 * policy of trying to sell its station to Y", "tente de céder sa filiale à Y". The same sale agreed or made stays a
 * deal. Sentences written for these tests in the Reuters and French press styles (real-gold-en en-964 shows the
 * shape).
 */
import { madePairs } from './helpers';

const PUBLISHED = '1987-03-18';
const acquired = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('a sale tried is not made', () => {
  it.each([
    [
      'NEW YORK, March 18 - Harlow Corp said it is trying to sell its Chicago station to Metro Media Inc for 387 mln dlrs.',
      'NEW YORK, March 18 - Harlow Corp said it agreed to sell its Chicago station to Metro Media Inc for 387 mln dlrs.',
      'Metro Media Inc -> Harlow Corp',
    ],
    [
      'PARIS, 3 mars - Le groupe Vinci tente de céder sa filiale Cofiroute au fonds Ardian, selon les analystes.',
      'PARIS, 3 mars - Le groupe Vinci a cédé sa filiale Cofiroute au fonds Ardian, selon les analystes.',
      'Ardian -> Cofiroute',
    ],
  ])('%s', (tried, made, deal) => {
    // the sale told as agreed or done is read: only the attempt takes it away
    expect(acquired(made)).toContain(deal);
    expect(acquired(tried)).not.toContain(deal);
  });

  it('an attempt that governs another verb leaves the sale made', () => {
    const text =
      'NEW YORK, March 18 - Harlow Corp, which tried to expand in radio, said it agreed to sell its Chicago station to Metro Media Inc for 387 mln dlrs.';
    expect(acquired(text)).toContain('Metro Media Inc -> Harlow Corp');
  });
});
