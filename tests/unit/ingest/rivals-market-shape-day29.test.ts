/**
 * Day twenty-nine, rivals: a market told as split between its holders (relations/frames/rivals-shapes.ts), the big
 * three listed between dashes (relations/frames/rivals-group-lists.ts), and a list ranked after a copula with a
 * trade's noun ("are the two largest makers of", relations/frames/rivals-market.ts). Sentences written for these
 * tests.
 */
import { extractedRivalPairs } from './helpers';

function competitors(text: string): string[] {
  return extractedRivalPairs(text, '2026-12-01');
}

describe('a market split between its holders', () => {
  it('reads "le marché … est partagé entre A, B et C" (all pairs)', () => {
    const pairs = competitors(
      'Le marché français des portails motorisés est partagé entre Portalis SA, Domoferm SA et Clôtures Vidal SA.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Domoferm SA <-> Portalis SA',
        'Clôtures Vidal SA <-> Portalis SA',
        'Clôtures Vidal SA <-> Domoferm SA',
      ]),
    );
  });

  it('reads "le marché se partage entre A et B"', () => {
    expect(
      competitors('En Belgique, le marché des titres-repas se partage entre Edenvale SA et Ticketia SA.'),
    ).toContain('Edenvale SA <-> Ticketia SA');
  });

  it('reads "the market is split between A and B"', () => {
    expect(
      competitors(
        'The Australian market for grain silos is split between Kimberley Steel Ltd and Outback Storage Ltd.',
      ),
    ).toContain('Kimberley Steel Ltd <-> Outback Storage Ltd');
  });

  it('does not read a split of capital or of a stake', () => {
    expect(
      competitors(
        'Le capital de la société est désormais partagé entre Portalis SA et Domoferm SA, à parts égales.',
      ),
    ).toEqual([]);
    expect(
      competitors(
        'The stake, worth about 5% of the market value of the group, is split between Kimberley Steel Ltd and Outback Storage Ltd.',
      ),
    ).toEqual([]);
  });
});

describe('the big three listed between dashes', () => {
  it('reads "the big three of X — A, B and C —"', () => {
    const pairs = competitors(
      'The big three of British pet insurance — Pawsure Ltd, Tailguard Ltd and Furcover Ltd — all raised premiums this year.',
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Pawsure Ltd <-> Tailguard Ltd',
        'Furcover Ltd <-> Pawsure Ltd',
        'Furcover Ltd <-> Tailguard Ltd',
      ]),
    );
  });

  it('does not read a group without a rank between dashes ("the three funds — A, B and C —")', () => {
    expect(
      competitors(
        'The three funds — Ardent Capital LLC, Norbeck Partners LLC and Ivel Ventures LLC — led the round.',
      ),
    ).toEqual([]);
  });
});

describe('a list ranked after a copula with a trade noun', () => {
  it('reads "A and B are the two largest makers of …"', () => {
    expect(
      competitors(
        'Holmgren Tools AB and Ostrava Drill AS are the two largest makers of rock drills in Europe.',
      ),
    ).toContain('Holmgren Tools AB <-> Ostrava Drill AS');
  });

  it('reads "A et B sont les deux premiers fabricants …"', () => {
    expect(
      competitors(
        'Menuiseries Rivière SA et Fenêtres Aubert SA sont les deux premiers fabricants français de fenêtres en bois.',
      ),
    ).toContain('Fenêtres Aubert SA <-> Menuiseries Rivière SA');
  });

  it('does not read the largest suppliers to a client or its shareholders', () => {
    expect(
      competitors(
        'Holmgren Tools AB and Ostrava Drill AS are the two largest suppliers to Kiruna Mining AB.',
      ),
    ).toEqual([]);
    expect(
      competitors(
        'Holmgren Tools AB and Ostrava Drill AS are the two largest shareholders of Kiruna Mining AB.',
      ),
    ).toEqual([]);
  });
});
