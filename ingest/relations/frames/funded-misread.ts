import type { ExtractedRelation } from '../../types';

/**
 * FUNDED facts whose rule read the money right but the deal wrong: a stake above half is control, and a firm
 * raising money "for its fund" collects it for a vehicle it manages, not for itself.
 */

/** Percent of the capital above which a stake taken is control (GOLD-FORMAT: a majority stake is ACQUIRED). */
const MAJORITY_PERCENT = 50;

/** Rule id of a FUNDED reading turned into a purchase by its stake. */
export const MAJORITY_STAKE_RULE = 'any.acquired.funding-majority-stake';

/** "… et en devient l'actionnaire majoritaire", "and becomes its majority owner": control said after the money. */
const CONTROL_AFTER =
  /\b(?:(?:en|y)\s+(?:devient|deviendra|devenant)\s+(?:l'|le\s+)?actionnaire\s+majoritaire|(?:becomes|become|becoming|will\s+become)\s+(?:its|the)\s+majority\s+(?:owner|shareholder))\b/i;

function majority(r: ExtractedRelation): boolean {
  if (r.stake !== undefined && r.stake !== null) return r.stake > MAJORITY_PERCENT;
  const s = r.evidence.sentence;
  const at = s.indexOf(r.target);
  return at >= 0 && CONTROL_AFTER.test(s.slice(at + r.target.length));
}

/** "Le fonds A entre au capital de Y à hauteur de 70 %": control taken, told with a funding verb. */
export function asMajorityPurchase(r: ExtractedRelation): ExtractedRelation {
  if (r.type !== 'FUNDED' || !majority(r)) return r;
  // a purchase has no round to lead
  const purchase: ExtractedRelation = { ...r, type: 'ACQUIRED', rule: MAJORITY_STAKE_RULE };
  delete purchase.lead;
  return purchase;
}

/**
 * "A a bouclé la levée de son cinquième fonds auprès d'investisseurs comme B", "A raised $2bn for its debt fund
 * from B": a possessive then the vehicle noun, a few words at most from it, between the raiser and the givers.
 */
const OWN_VEHICLE =
  /\b(?:son|sa|ses|leur|leurs|its|their)\s+(?:[^\s,;]+\s+){0,2}?(?:fonds|fund|funds|véhicule|vehicle|millésime|fpci|fcpr|flagship)\b/i;

/** The raiser of the fact collects money for a fund it manages: the givers fund that vehicle, not the firm. */
export function raisesForOwnFund(r: ExtractedRelation): boolean {
  if (r.type !== 'FUNDED') return false;
  const s = r.evidence.sentence;
  const tgt = s.indexOf(r.target);
  const src = s.indexOf(r.source);
  if (tgt < 0 || src < 0 || tgt > src) return false;
  return OWN_VEHICLE.test(s.slice(tgt + r.target.length, src));
}
