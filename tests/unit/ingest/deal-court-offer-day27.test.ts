/**
 * Day twenty-seven, French press: a commercial court retaining a takeover bid ("le Tribunal de commerce de Nantes a
 * retenu l'offre de reprise du groupe vendéen X pour les Ateliers Y") — the bidder may carry a descriptor
 * (fr.acquired.takeover-offer-of-for), and the deal noun qualifying a bid has the bidder for complement, so the
 * court buys nothing (frames/bid-noun-complement.ts). Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function acquired(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.type === 'ACQUIRED')
    .map(typedPair)
    .sort();
}

describe('a court retains a takeover bid', () => {
  it.each([
    [
      "RENNES, 3 mars – Le Tribunal de commerce de Rennes a retenu jeudi l'offre de reprise du groupe breton Kerandour pour les Forges de Plélan, placées en redressement judiciaire.",
      'ACQUIRED Kerandour -> Forges de Plélan',
    ],
    [
      "Le tribunal de commerce de Lyon a retenu l'offre de reprise de Rhodane Textiles pour la société Filatures Gauthier.",
      'ACQUIRED Rhodane Textiles -> Filatures Gauthier',
    ],
  ])('%s', (text, want) => {
    expect(acquired(text)).toEqual([want]);
  });
});

describe('near misses', () => {
  it('never makes the court a buyer of the bidder', () => {
    const text =
      "RENNES, 3 mars – Le Tribunal de commerce de Rennes a retenu jeudi l'offre de reprise du groupe breton Kerandour pour les Forges de Plélan, placées en redressement judiciaire.";
    expect(acquired(text).filter((f) => f.includes('Tribunal'))).toEqual([]);
  });

  it('reads no purchase in a bid merely filed', () => {
    expect(acquired('La Fonderie Vercors a déposé une offre de reprise pour les Ateliers Brévin.')).toEqual(
      [],
    );
  });

  it('still reads the purchase a plain "reprise de Y par X" tells', () => {
    expect(
      acquired('La reprise des Forges de Plélan par le groupe Kerandour a été finalisée en mars.'),
    ).toEqual(['ACQUIRED Kerandour -> Forges de Plélan']);
  });
});
