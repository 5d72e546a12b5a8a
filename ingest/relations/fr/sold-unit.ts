import { rules } from '../rule';

/**
 * A seller's business, described first and named in apposition, sold to a buyer after the name: "X cède sa filiale
 * de livraison à domicile, Panier Vert, au logisticien Transloire", "elle avait cédé en 2021 sa division
 * d'étiquettes, Étiq'Ouest, au groupe Adhésia", "la vente de la branche chimie, Verlaine Chimie, à l'allemand B".
 * The description may hold prepositions of its own ("de livraison à domicile"), which stop the plain sale rules'
 * gaps (fr/deals.ts `fr.acquired.sold-to`); here the two commas of the apposition fence the name, and the buyer is
 * the first name after the closing comma. The frame reader frames/acquired-sales.ts reads the short shape ("son
 * studio, Y, au B") but stops at the description's own "à" and leaves "vente" out; here the fenced name and a unit
 * noun ("filiale", "branche", "division") make the sale plain.
 */

/** Verbs and nouns of a sale. */
const SALE = '(cède|cèdent|cédé|céder|cédera|cédant|vend|vendent|vendu|vendre|vendra|cession|vente)';
/** Words of a time phrase or adverb between the sale verb and what is sold ("a cédé en 2021", "cède par ailleurs"). */
const INSERT = '~3';
/** The seller's own business: the possessive or article before the noun ("sa filiale", "la branche"). */
const OWN = "(sa|son|ses|leur|leurs|la|le|l')";
/** Nouns naming a part of a company that is sold. */
const UNIT_NOUN = '(filiale|filiales|division|branche|activité|pôle|unité|marque)';
/** Most words of the unit's description before the comma opening the name ("de livraison à domicile"). */
const DESCRIPTION = '~6';
/** The buyer's determiner and descriptor ("au logisticien nantais", "à l'allemand", "au profit de"). */
const TO_BUYER = "(à|au|aux) ?(profit) ?(de|du|d') ~3!";

/** The unit sold, fenced by the apposition's commas, and its buyer. */
const UNIT_TO_BUYER = `${SALE} ${INSERT} ${OWN} ${UNIT_NOUN} ${DESCRIPTION} , ?(la|le|l'|les) @tgt , ${TO_BUYER} @src`;

export const FR_SOLD_UNIT_RULES = rules([
  {
    // the seller named (or pointed at) before the verb is kept: a headline telling the same sale of "son activité"
    // unnamed is then known as this sale (any.acquired.frame-sale reads that)
    id: 'fr.acquired.seller-sold-apposed-unit-to',
    type: 'ACQUIRED',
    pattern: `@seller ~8 ${UNIT_TO_BUYER}`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.sold-apposed-unit-to',
    type: 'ACQUIRED',
    pattern: UNIT_TO_BUYER,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
]);
