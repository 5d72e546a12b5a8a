/**
 * The seller of a French purchase told with the dative (deals, day thirty-one; ingest/relations/seller.ts
 * `ownerAfterDative`): "X rachète Y au fonds Z", "X reprend Y, spécialiste du soudage, à l'italien Z" name Z as the
 * seller, as "bought Y from Z" does in English (read already). Near misses: "aux côtés du fonds Z" (a co-buyer),
 * "à Grenoble" and ", à Quimperlé," (places), a dative of another verb ("et s'attaque à Z"), a buyer after the
 * dative of a sale ("Y a été cédée au fonds Z") is no seller. Sentences
 * written for these tests.
 */
import { facts, run } from './helpers';

const deals = (text: string): string[] =>
  facts(run(text, '2026-03-02'), 'ACQUIRED')
    .map((r) => `${r.source} -> ${r.target} from ${r.seller ?? '-'}`)
    .sort();

describe('a French dative names the seller', () => {
  it('"X rachète Y au fonds Z"', () => {
    expect(
      deals('Le groupe Vauclair Industrie rachète la société Brosselin au fonds Ardoise Capital.'),
    ).toEqual(['Vauclair Industrie -> Brosselin from Ardoise Capital']);
  });

  it('past an apposition and a price: "reprend Y, spécialiste …, à l\'italien Z pour 12 M€"', () => {
    expect(
      deals(
        "Vauclair Industrie a repris Brosselin, spécialiste lyonnais des joints, à l'italien Guarnieri Holding pour 12 millions d'euros.",
      ),
    ).toEqual(['Vauclair Industrie -> Brosselin from Guarnieri Holding']);
  });

  it('near miss: "aux côtés du fonds Z" is a co-buyer, not a seller', () => {
    expect(
      deals('Vauclair Industrie va racheter la société Brosselin aux côtés du fonds Ardoise Capital.'),
    ).not.toContain('Vauclair Industrie -> Brosselin from Ardoise Capital');
  });

  it('near miss: a place after "à" is no seller', () => {
    expect(deals('Vauclair Industrie a racheté la société Brosselin à Grenoble.')).toEqual([
      'Vauclair Industrie -> Brosselin from -',
    ]);
  });

  it('near miss: a place apposed after the target (", à Quimperlé,") is no seller', () => {
    expect(
      deals(
        'En 2021, Vauclair Industrie avait racheté la biscuiterie Brosselin, à Quimperlé, pour élargir sa gamme.',
      ),
    ).toEqual(['Vauclair Industrie -> Brosselin from -']);
  });

  it('near miss: a dative of another verb ("et s\'attaque à Z")', () => {
    expect(
      deals("Vauclair Industrie rachète la société Brosselin et s'attaque à Ardoise Capital."),
    ).not.toContain('Vauclair Industrie -> Brosselin from Ardoise Capital');
  });

  it('near miss: the buyer of a sale told in the passive is not its seller', () => {
    expect(deals('La société Brosselin a été cédée au fonds Ardoise Capital.')).toEqual([
      'Ardoise Capital -> Brosselin from -',
    ]);
  });
});
