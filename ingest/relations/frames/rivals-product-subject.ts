import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/** Words that may open a clause before its subject ("Mais sa plateforme …", "In France, its app …"); as in `rivals.ts`. */
const CLAUSE_OPENERS =
  /^(mais|et|or|pourtant|désormais|aujourd'hui|depuis|ainsi|aussi|but|and|yet|now|today|still|so|as|since|,)$/u;

/** A company's offer named by its kind: the company competes through it ("Its app competes with A"). */
const PRODUCT_NOUNS =
  /^(app|apps|application|applications|platform|plateforme|software|logiciel|logiciels|product|products|produit|produits|service|services|solution|solutions|tool|outil|device|dispositif|brand|marque|range|gamme|offer|offre|offering|model|modèle|system|système|technology|technologie)$/u;
/** Possessives of one company opening a product subject. */
const PRODUCT_OWNER = /^(its|son|sa|ses)$/u;
/** Most units between the product noun and the verb ("its app now competes"). */
const PRODUCT_TO_TRIGGER_UNITS = 4;
/** Most words between the possessive and the product noun ("its flagship payments app"). */
const PRODUCT_QUALIFIER_WORDS = 2;

/** "Its app competes with A", "Sa plateforme concurrence A": a possessed product opening the clause is the subject. */
export function ownedProductSubject(units: Unit[], verb: number): boolean {
  for (let k = verb - 1; k >= 1 && k >= verb - PRODUCT_TO_TRIGGER_UNITS; k--) {
    const w = wordAt(units, k);
    if (w === null) return false;
    if (!PRODUCT_NOUNS.test(w)) continue;
    for (let j = k - 1; j >= 0 && j >= k - 1 - PRODUCT_QUALIFIER_WORDS; j--) {
      const own = wordAt(units, j);
      if (own === null) return false;
      if (PRODUCT_OWNER.test(own)) return j === 0 || CLAUSE_OPENERS.test(wordAt(units, j - 1) ?? '');
    }
    return false;
  }
  return false;
}
