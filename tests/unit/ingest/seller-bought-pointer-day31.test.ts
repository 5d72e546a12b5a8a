/**
 * Day thirty-one, pointers: the seller of the deal an article tells once bought what it now sells, so a company
 * pointer it buys or takes a majority stake in ("Moorgate bought a majority stake in the company in 2017", "acquired
 * it", "acquired the business", "avait racheté la société") is that deal's target, not the article's buyer
 * (anaphora-seller-bought.ts, read by anaphora-oblique-object.ts and deal-object-pointer.ts). Near misses: the seller
 * buying a company it names, a buyer that is not the seller. Sentences written for these tests.
 */
import { relationsOf } from './article-units';
import { typedPair } from './helpers';

function facts(text: string, title: string | null = null): string[] {
  return relationsOf(text, title).map(typedPair);
}

const EN_SALE =
  'Brenton Group agreed to buy Calder Press from private equity firm Moorgate Capital for $30 million.';
const FR_SALE =
  "Le fonds Loire Capital cède l'imprimeur Typo Ouest au groupe Ferralis pour 12 millions d'euros.";

describe("the seller's own earlier purchase told through a pointer", () => {
  it('English: "Z bought a majority stake in the company in 2017"', () => {
    const found = facts(
      `${EN_SALE} Moorgate bought a majority stake in the company in 2017 from its founders.`,
    );
    expect(found).toContain('ACQUIRED Moorgate Capital -> Calder Press');
    expect(found).not.toContain('ACQUIRED Moorgate Capital -> Brenton Group');
  });

  it('English: "Z acquired it in 2017" and "Z acquired the business"', () => {
    const it1 = facts(`${EN_SALE} Moorgate acquired it in 2017 from the Calder family.`);
    expect(it1).toContain('ACQUIRED Moorgate Capital -> Calder Press');
    expect(it1).not.toContain('ACQUIRED Moorgate Capital -> Brenton Group');
    const business = facts(`${EN_SALE} Moorgate acquired the business in 2017.`);
    expect(business).toContain('ACQUIRED Moorgate Capital -> Calder Press');
    expect(business).not.toContain('ACQUIRED Moorgate Capital -> Brenton Group');
  });

  it('French: "Z avait racheté la société en 2016" after "Z cède Y au groupe X"', () => {
    const found = facts(`${FR_SALE} Loire Capital avait racheté la société en 2016 à son fondateur.`);
    expect(found).toContain('ACQUIRED Loire Capital -> Typo Ouest');
    expect(found).not.toContain('ACQUIRED Loire Capital -> Ferralis');
  });

  it('near miss: the seller buying a company it names keeps that company', () => {
    const found = facts(`${EN_SALE} Moorgate also bought Fenwick Labels in 2019.`);
    expect(found).toContain('ACQUIRED Moorgate Capital -> Fenwick Labels');
    expect(found).not.toContain('ACQUIRED Moorgate Capital -> Calder Press');
  });

  it('near miss: a third company buying "the company" is no seller', () => {
    const found = facts(`${EN_SALE} Ashdown Partners had bought a majority stake in the company in 2012.`);
    expect(found).not.toContain('ACQUIRED Ashdown Partners -> Moorgate Capital');
  });
});
