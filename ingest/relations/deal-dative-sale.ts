import { rules } from './rule';

/**
 * A sale told with the buyer first and the thing sold after it, as French often writes it when the thing sold has a
 * long description: "le groupe a cédé à l'américain B son activité de traitement de surface, Y", "X vend au fonds B
 * sa filiale Y". The possessive before the thing sold makes it the seller's business; B buys it and the subject
 * sells. Both rules need that possessive: "cède à B 30 % de Y" is a stake, "vend à B des produits Y" no deal.
 */

const SELL = '(cède|cèdent|cédé|céder|cédera|céderait|vend|vendent|vendu|vendre|vendra)';
/** The buyer's short descriptor: a determiner and a nationality or kind ("à l'américain", "au fonds"). */
const TO = '(à|au|aux)';
const POSSESSIVE = '(son|sa|ses|leur|leurs)';
/** "n'a pas cédé à B …", "n'a jamais vendu à B …": a sale denied (the plain rules' guards look between the parties). */
const NEGATION = '(pas|jamais|plus|guère)';
/** Words of a time phrase or adverb French puts between the verb and its dative ("a cédé mercredi à B", "a vendu
 * le mois dernier au fonds B", "cède en mars à B", "a finalement cédé à B"); up to three of them. */
const INSERT =
  "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|récemment|finalement|officiellement|également|aussi|déjà|en|l'|le|cette|ce|an|mois|semaine|année|dernier|dernière|début|fin|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\\d{4})";
const SELL_TO = `${SELL} ?${INSERT} ?${INSERT} ?${INSERT} ${TO}`;

export const DEAL_DATIVE_SALE_RULES = rules([
  {
    id: 'fr.acquired.sold-to-buyer-first',
    type: 'ACQUIRED',
    // "Vauclair a cédé à l'américain Brightline son activité de traitement de surface, Vauclair Surfaces"
    pattern: `@seller ~8^${NEGATION} ${SELL_TO} ~2! @src ${POSSESSIVE} ~6! ?, @tgt`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.sold-to-buyer-first-unsold-by',
    type: 'ACQUIRED',
    // the seller may be a pronoun the text leaves unresolved ("il a cédé à B sa filiale Y"): B still buys Y
    pattern: `${SELL_TO} ~2! @src ${POSSESSIVE} ~6! ?, @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    notAfter: new RegExp(`^${NEGATION}$`),
  },
  {
    id: 'fr.acquired.sold-to-buyer-first-adjacent',
    type: 'ACQUIRED',
    // "Vicat a cédé à Fayat sa filiale Sateco": the name reader folds "sa filiale" into Sateco, so the thing sold
    // stands right after the buyer; with no word between, a stake ("30 % de Y") or goods cannot be what is sold
    pattern: `@seller ~8^${NEGATION} ${SELL_TO} ~2! @src @tgt`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.8,
  },
  {
    id: 'fr.acquired.sold-to-buyer-first-adjacent-unsold-by',
    type: 'ACQUIRED',
    pattern: `${SELL_TO} ~2! @src @tgt`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
    notAfter: new RegExp(`^${NEGATION}$`),
  },
]);
