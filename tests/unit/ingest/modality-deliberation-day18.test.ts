/**
 * Day eighteen, real wire text: a buyer thinking of, weighing or mulling a purchase has made no deal
 * (modality.ts, RUMOURED). Sentences written for these tests; a decided deal beside them stays made.
 */
import { madePairs } from './helpers';

const PUBLISHED = '1987-03-05';

describe('deliberation is no deal', () => {
  it.each([
    'SINGAPORE, March 5 - Harlan Bank Ltd is thinking of buying a controlling stake in Dexter Tool Co, a bank official said.',
    'NEW YORK, March 5 - Harlan Corp said it was weighing an acquisition of Dexter Tool Co.',
    'NEW YORK, March 5 - Harlan Corp is mulling a purchase of Dexter Tool Co, people close to the company said.',
    'LONDON, March 5 - Harlan Plc said it is contemplating the purchase of Dexter Tool Plc.',
    'Harlan Corp has thought about acquiring Dexter Tool Co for some time.',
    'SOUTHFIELD, Mich., March 9 - Dexter Tool Co said it is studying a proposed merger with Harlan Corp.',
    'NEW YORK, March 5 - Harlan Corp said it studies the acquisition of Dexter Tool Co.',
    'Kelvra réfléchit à racheter Dexalis, selon un proche du dossier.',
    'Kelvra songe à reprendre Dexalis.',
  ])('%s', (text) => {
    expect([...madePairs(text, PUBLISHED, 'ACQUIRED'), ...madePairs(text, PUBLISHED, 'MERGED_WITH')]).toEqual(
      [],
    );
  });
});

describe('a decided deal stays made', () => {
  it.each([
    [
      'NEW YORK, March 5 - Harlan Corp said it agreed to acquire Dexter Tool Co for 40 mln dlrs.',
      'Harlan Corp -> Dexter Tool Co',
    ],
    [
      'NEW YORK, March 5 - Harlan Corp said it completed its acquisition of Dexter Tool Co.',
      'Harlan Corp -> Dexter Tool Co',
    ],
    ["Kelvra a racheté Dexalis pour 40 millions d'euros.", 'Kelvra -> Dexalis'],
  ])('%s', (text, pair) => {
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toEqual([pair]);
  });
});

describe('an offer still made is no deal', () => {
  it.each([
    'WILKES-BARRE, Pa., June 1 - Harlan Corp said it still is offering to acquire Dexter Tool Co for 55 dlrs per share.',
    'NEW YORK, June 1 - Harlan Corp said it is bidding to buy Dexter Tool Co for 40 mln dlrs.',
    'NEW YORK, June 1 - Harlan Corp offered to acquire Dexter Tool Co for 55 dlrs per share.',
  ])('%s', (text) => {
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toEqual([]);
  });
  it('an offer the target accepted is a deal', () => {
    const text =
      'NEW YORK, June 1 - Dexter Tool Co accepted an offer by Harlan Corp to acquire it for 55 dlrs per share.';
    expect(madePairs(text, PUBLISHED, 'ACQUIRED')).toEqual(['Harlan Corp -> Dexter Tool Co']);
  });
});
