/**
 * Real wire copy, day nineteen: a deal told inside a condition ("plans to sell the divisions if it succeeds in
 * acquiring the company", "si Vinci rachète Eiffage, …") has not been made (deal-condition.ts): it is kept as
 * talk, not as a deal. A condition put on a deal after it is told, or closed before its clause, leaves the deal.
 * Sentences written for these tests in the Reuters and French press styles (real-gold-en en-964 shows the shape).
 */
import { madePairs } from './helpers';

const PUBLISHED = '1987-03-18';
const acquired = (text: string): string[] => madePairs(text, PUBLISHED, 'ACQUIRED');

describe('a deal inside a condition is not made', () => {
  it.each([
    [
      'NEW YORK, March 9 - Analysts said that if Dart Group Corp buys Supermarkets General Corp it would probably sell the drugstore unit.',
      'NEW YORK, March 9 - Analysts said that Dart Group Corp bought Supermarkets General Corp and would probably sell the drugstore unit.',
      'Dart Group Corp -> Supermarkets General Corp',
    ],
    [
      'CHICAGO, March 20 - Honeywell Inc said that if it had acquired Sperry Aerospace Group at the beginning of 1986, its loss would have been smaller.',
      'CHICAGO, March 20 - Honeywell Inc said that it had acquired Sperry Aerospace Group at the beginning of 1986 for 1.03 billion dlrs.',
      'Honeywell Inc -> Sperry Aerospace Group',
    ],
    [
      'WASHINGTON, March 18 - General Partners said it plans to sell two divisions of Arcadia Corp if it succeeds in acquiring Arcadia Corp.',
      'WASHINGTON, March 18 - General Partners said it succeeded in acquiring Arcadia Corp last week.',
      'General Partners -> Arcadia Corp',
    ],
    [
      'LONDON, March 3 - Harcourt Ltd said it would sell its stake unless Belmont Plc acquires Kestrel Corp by June.',
      'LONDON, March 3 - Harcourt Ltd said Belmont Plc acquires Kestrel Corp by June.',
      'Belmont Plc -> Kestrel Corp',
    ],
    [
      'PARIS, 3 mars - Selon les analystes, si Vinci rachète Eiffage, le groupe deviendra numéro un du secteur.',
      'PARIS, 3 mars - Selon les analystes, Vinci rachète Eiffage et deviendra numéro un du secteur.',
      'Vinci -> Eiffage',
    ],
  ])('%s', (conditional, told, deal) => {
    // the same deal told without the condition is read as made: only the condition takes it away
    expect(acquired(told)).toContain(deal);
    expect(acquired(conditional)).not.toContain(deal);
  });
});

describe('a condition outside the deal leaves it made', () => {
  it.each([
    [
      'NEW YORK, March 3 - Acme Holdings Inc said it agreed to buy Zenith Labs Corp for 20 mln dlrs if shareholders approve the deal.',
      'Acme Holdings Inc -> Zenith Labs Corp',
    ],
    [
      'PARIS, 3 mars - Vinci rachètera Eiffage pour 2 milliards d’euros si les autorités donnent leur feu vert.',
      'Vinci -> Eiffage',
    ],
    [
      'PARIS, 3 mars - Même si Vinci a racheté Eiffage l’an dernier, le groupe reste prudent sur ses marges.',
      'Vinci -> Eiffage',
    ],
  ])('%s', (text, deal) => {
    expect(acquired(text)).toContain(deal);
  });

  it('an owner named before the condition keeps its own reading', () => {
    const text =
      'WASHINGTON, March 18 - General Partners, controlled by Wagner and Brown and by AFG Industries Inc, said it plans to sell two divisions of Arcadia Corp if it succeeds in acquiring Arcadia Corp.';
    const all = madePairs(text, PUBLISHED, 'ACQUIRED');
    expect(all).toContain('AFG Industries Inc -> General Partners');
    expect(all).not.toContain('General Partners -> Arcadia Corp');
  });
});
