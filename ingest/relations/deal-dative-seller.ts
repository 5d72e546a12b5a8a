import { rules } from './rule';

/**
 * A purchase agreed with the seller, who then stands as a dative pronoun before the verb: "A s'est entendu avec le
 * groupe B pour lui racheter sa filiale française, Y", "A a signé un accord avec B pour lui reprendre sa branche
 * de fromages frais, Y". "lui" is the partner of the agreement, B; the possessive before the thing bought makes it
 * B's business, so A buys Y and B sells. The mirror of deal-dative-sale.ts, where the buyer is the dative.
 */

/** Verbs of buying after "lui" (an infinitive after "pour", or a present "A lui rachète"). */
const BUY =
  '(racheter|reprendre|acheter|acquérir|rachète|reprend|achète|acquiert|rachètera|reprendra|achètera)';
const POSSESSIVE = '(sa|son|ses)';
/** Between the partner and "pour lui": the rest of the agreement ("un accord", "mercredi", "en vue de"). */
const TO_BUY_FROM_IT = `~6! pour lui ${BUY}`;

export const DEAL_DATIVE_SELLER_RULES = rules([
  {
    id: 'fr.acquired.agreed-with-seller-to-buy-its',
    type: 'ACQUIRED',
    // "Terres d'Aquitaine s'est entendue avec Galletas Ibérica pour lui racheter sa filiale de biscuits, Croustilles"
    pattern: `@src ~8 avec ~3! @seller ${TO_BUY_FROM_IT} ${POSSESSIVE} ~6! ?, @tgt`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    mayBeMinority: true,
    confidence: 0.75,
  },
  {
    id: 'fr.acquired.agreed-with-seller-to-buy-adjacent',
    type: 'ACQUIRED',
    // "… avec Vicat pour lui racheter sa filiale Sateco": the name reader folds "sa filiale" into the name
    pattern: `@src ~8 avec ~3! @seller ${TO_BUY_FROM_IT} @tgt`,
    source: 'src',
    target: 'tgt',
    seller: 'seller',
    mayBeMinority: true,
    confidence: 0.75,
  },
]);
