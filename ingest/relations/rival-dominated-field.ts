import { rules } from './rule';
import type { Rule } from './rule';

/**
 * "A, B and C dominate card acquiring in Brazil", "Capfun et Sandaya dominent l'hôtellerie de plein air", "A et B
 * règnent sur le surgelé": companies named together as the ones that dominate a field are its key players, so
 * rivals of one another, whatever noun names the field (`any.competes.dominate` wants a determiner or a market
 * word). Only the dominance verbs: "A and B lead …" also tells of a funding round led. Objects that are no market
 * (trading on an exchange, the headlines, the talks) give nothing.
 */

/** A bare field noun after the verb: any lower-case word but the objects that name no market. */
const FIELD =
  "(?!trading|headlines|news|talks|discussions|debate|agenda|proceedings|volume|volumes|gains|losses|the|le|la|les|market|marché|sales|ventes)[\\p{Ll}][\\p{L}'’-]*";

export const DOMINATED_FIELD_RULES: Rule[] = rules([
  {
    id: 'any.competes.dominate-field',
    type: 'COMPETES_WITH',
    pattern: `@@a ~2! (dominate|dominated|dominent|dominaient) ?(l'|l’) ${FIELD}`,
    source: 'a',
    target: 'a',
    firstParty: true,
    confidence: 0.6,
  },
  {
    id: 'any.competes.reign-over',
    type: 'COMPETES_WITH',
    pattern: `@@a ~2! (règnent|régnaient|trustent|trustaient) ?(sur) (le|la|les|l'|l’)`,
    source: 'a',
    target: 'a',
    firstParty: true,
    confidence: 0.6,
  },
]);
