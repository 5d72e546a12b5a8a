/**
 * Day twenty-four, real wire copy: the party named after "with/avec" in an agreement to buy ("agreed in principle
 * with French state-owned Cerbel SA to acquire Y") is the counterpart, not the buyer; the agreement's subject buys
 * (deal-agreement-counterpart.ts, and agreement-with-seller now reads "in principle" and a three-word descriptor).
 * Near misses: "with" outside an agreement, a buyer named again after "that", a French agreement already read.
 * Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .map(typedPair)
    .filter((f) => f.startsWith('ACQUIRED '));
}

describe('the counterpart of an agreement to buy is not the buyer', () => {
  it.each([
    [
      'Marlow Corp said it agreed in principle with French state-owned Cerbel SA to acquire Dantry Motors Corp.',
      'ACQUIRED Marlow Corp -> Dantry Motors Corp',
      'ACQUIRED Cerbel SA -> Dantry Motors Corp',
    ],
    [
      'Halvorsen Foods Inc said it agreed with Dutch dairy group Brandt Holding to buy Milbank Dairy Co.',
      'ACQUIRED Halvorsen Foods Inc -> Milbank Dairy Co',
      'ACQUIRED Brandt Holding -> Milbank Dairy Co',
    ],
    [
      'Quorum Industries Inc reached an accord with Japanese trading house Itoman Corp to purchase Seaboard Plastics Inc.',
      'ACQUIRED Quorum Industries Inc -> Seaboard Plastics Inc',
      'ACQUIRED Itoman Corp -> Seaboard Plastics Inc',
    ],
    [
      'Le groupe Orvane a trouvé un accord avec Keller Holding pour acquérir Tessam.',
      'ACQUIRED Orvane -> Tessam',
      'ACQUIRED Keller Holding -> Tessam',
    ],
  ])('%s', (text, wanted, refused) => {
    const got = acquired(text);
    expect(got).toContain(wanted);
    expect(got).not.toContain(refused);
  });
});

describe('a buyer that is no counterpart of an agreement keeps the deal', () => {
  it.each([
    [
      'In talks with its bankers, Brandt Holding agreed to buy Milbank Dairy Co.',
      'ACQUIRED Brandt Holding -> Milbank Dairy Co',
    ],
    [
      'Orvane Corp said it agreed with Keller Holding Inc that Keller Holding Inc would acquire Tessam Corp.',
      'ACQUIRED Keller Holding Inc -> Tessam Corp',
    ],
  ])('%s', (text, wanted) => {
    expect(acquired(text)).toContain(wanted);
  });
});
