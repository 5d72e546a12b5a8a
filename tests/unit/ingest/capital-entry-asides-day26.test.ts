/**
 * Day twenty-six, French press: an investor's past entry into a company's capital told as an aside on its name
 * (fr/capital-entry-asides.ts) — "le fonds X, entré en 2020, cède ses parts", "au fonds X, entré au capital en
 * 2019", "X, qui était entré au capital en 2018 à hauteur de 20 %", "X était entré en 2019 au capital de Y". The
 * construction is French: English says "an investor since 2019" or "which invested in 2019", read elsewhere, so the
 * English lines here are near misses that must stay unread. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

/** Facts told as made: a rumoured entry may be reported by other readers with its status. */
function facts(text: string): string[] {
  return relationsOf(text)
    .filter((r) => r.status !== 'rumoured' && r.status !== 'abandoned')
    .map(typedPair);
}

const LEAD =
  "La société vendéenne Filmex, spécialiste des films agricoles, a été rachetée par le groupe Plastor pour 30 millions d'euros.";

describe('an entry into the capital told as an aside on the investor', () => {
  it.each([
    [`${LEAD} Le fonds régional Loire Amorçage, entré en 2020, cède ses parts au passage.`, 'Loire Amorçage'],
    [
      `${LEAD} Le fonds Massif Invest, entré au capital en 2018, en profite pour céder ses titres au fonds Garonne Partenaires.`,
      'Massif Invest',
    ],
    [
      `${LEAD} Le tour de table a aussi été suivi par l'assureur Mutuelle Atlantique et par le distributeur Agrinord, entré au capital en 2022.`,
      'Agrinord',
    ],
    [
      `${LEAD} Les deux fondateurs détenaient 60 % des titres, aux côtés de la banque Caisse Océane, entrée en 2017 avec 4 millions d'euros.`,
      'Caisse Océane',
    ],
  ])('%s', (text, investor) => {
    expect(facts(text)).toContain(`FUNDED ${investor} -> Filmex`);
  });

  it('reads a named capital past a time phrase', () => {
    const text =
      'Le groupe Calvane fabrique des liants pour le bâtiment. Calvane était entré en 2021 au capital de la start-up Biolithe, qui développe un ciment bas carbone.';
    expect(facts(text)).toContain('FUNDED Calvane -> Biolithe');
  });
});

describe('near misses: no entry into a capital', () => {
  it.each([
    // a career: the person joined the company
    [
      `${LEAD} Le directeur financier, Jean Martin, entré en 2015 dans le groupe, prend la direction de l'usine.`,
      'FUNDED Jean Martin',
    ],
    // a listing, not an investor's entry
    [
      `${LEAD} Le fonds Massif Invest, entré en 2019 en Bourse, a cédé sa participation.`,
      'FUNDED Massif Invest',
    ],
    // a seat at another company
    [
      `${LEAD} Le fonds Massif Invest, entré en 2019 chez Kelvio, a cédé sa participation.`,
      'FUNDED Massif Invest -> Filmex',
    ],
    // a project only
    [
      `${LEAD} Le fonds Massif Invest, qui serait entré au capital en 2019, pourrait céder sa participation.`,
      'FUNDED Massif Invest',
    ],
    // no capital or shares in the sentence: a date of arrival of anything
    [`${LEAD} Le transporteur Routalis, entré en 2019, assure les livraisons.`, 'FUNDED Routalis'],
    // English: an arrival in a market, not in a capital
    [
      'Filmex, a maker of farm films, was bought by Plastor for $30 million. Rival Agrofilm, which entered in 2019, sold its stake in a distributor.',
      'FUNDED Agrofilm',
    ],
  ])('%s', (text, refused) => {
    expect(facts(text).filter((f) => f.startsWith(refused))).toEqual([]);
  });
});
