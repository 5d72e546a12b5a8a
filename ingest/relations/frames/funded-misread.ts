import type { ExtractedRelation } from '../../types';
import { PUTS_MONEY_AGAIN_RULE_IDS } from './funded-follow-ons';

/**
 * FUNDED facts whose rule read the money right but the deal wrong: a stake above half is control, and a firm
 * raising money "for its fund" collects it for a vehicle it manages, not for itself.
 */

/** Percent of the capital above which a stake taken is control (GOLD-FORMAT: a majority stake is ACQUIRED). */
const MAJORITY_PERCENT = 50;
/** The whole capital, in percent: a remainder is what a stake leaves of it. */
const WHOLE_PERCENT = 100;

/** Rule id of a FUNDED reading turned into a purchase by its stake. */
export const MAJORITY_STAKE_RULE = 'any.acquired.funding-majority-stake';

/** "… et en devient l'actionnaire majoritaire", "and becomes its majority owner": control said after the money. */
const CONTROL_AFTER =
  /\b(?:(?:en|y)\s+(?:devient|deviendra|devenant)\s+(?:l'|le\s+)?actionnaire\s+majoritaire|(?:becomes|become|becoming|will\s+become)\s+(?:its|the)\s+majority\s+(?:owner|shareholder))\b/i;

/**
 * "… où ce dernier prend 70 % du capital, le solde revenant à X", "le reste du capital étant détenu par X": the
 * investor is named as the holder of what is left, so the percentage told is another holder's. (English copy tells
 * it with a majority-stake rule of its own, not through a funding verb.)
 */
const REMAINDER_HOLDER =
  /\b(?:(?:le\s+)?(?:solde|reste|restant)(?:\s+du\s+capital)?\s*,?\s+(?:revenant|revient|reviendra|allant|va|ira|étant\s+(?:détenu|apporté|pris|souscrit)|est\s+(?:détenu|apporté|pris|souscrit)|détenu|apporté|pris|souscrit)\s+(?:à|au|aux|par|pour))\s+(?:(?:le|la|les|l')\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** The investor stands as the holder of the remainder left by the stake told. */
function holdsRemainder(r: ExtractedRelation): boolean {
  const s = r.evidence.sentence;
  // the investor may be named twice ("Le fonds A accompagne …, le solde revenant à A"): any mention counts
  for (let at = s.indexOf(r.source); at > 0; at = s.indexOf(r.source, at + 1))
    if (REMAINDER_HOLDER.test(s.slice(0, at))) return true;
  return false;
}

function majority(r: ExtractedRelation): boolean {
  if (r.stake !== undefined && r.stake !== null) return r.stake > MAJORITY_PERCENT;
  const s = r.evidence.sentence;
  const at = s.indexOf(r.target);
  return at >= 0 && CONTROL_AFTER.test(s.slice(at + r.target.length));
}

/** "Le fonds A entre au capital de Y à hauteur de 70 %": control taken, told with a funding verb. */
export function asMajorityPurchase(r: ExtractedRelation): ExtractedRelation {
  // a holder putting money in again keeps its stake ("remet 5 M€ au pot et conserve 55 %"): no control taken here
  if (r.type !== 'FUNDED' || PUTS_MONEY_AGAIN_RULE_IDS.has(r.rule)) return r;
  // the investor holds what the other holder's stake leaves: its own share is the rest of the capital
  if (holdsRemainder(r))
    return r.stake !== undefined && r.stake !== null && r.stake <= WHOLE_PERCENT
      ? { ...r, stake: WHOLE_PERCENT - r.stake }
      : r;
  if (!majority(r)) return r;
  // a purchase has no round to lead
  const purchase: ExtractedRelation = { ...r, type: 'ACQUIRED', rule: MAJORITY_STAKE_RULE };
  delete purchase.lead;
  return purchase;
}

/**
 * "A a bouclé la levée de son cinquième fonds auprès d'investisseurs comme B", "A raised $2bn for its debt fund
 * from B": a possessive then the vehicle noun, a few words at most from it, between the raiser and the givers.
 * "Y ouvre son capital au fonds A" opens the company's own capital: no vehicle of its own.
 */
const OWN_VEHICLE =
  /\b(?:son|sa|ses|leur|leurs|its|their)\s+(?!capital\b)(?:[^\s,;]+\s+){0,2}?(?:fonds|fund|funds|véhicule|vehicle|millésime|fpci|fcpr|flagship)\b/i;

/**
 * "A, which closed its $250 million second fund with commitments from pension funds including B", "A, qui a levé
 * l'an dernier un fonds de 300 M€ auprès d'assureurs dont B": a firm's own fund raised, told in a clause, with its
 * givers after it. The vehicle noun is lower-case (a name such as "Tidewater Climate Fund" is an investor). Up to
 * five words between the article and the noun: "is raising a new 1.5 billion euro buyout fund, with commitments
 * from investors including B".
 */
const FUND_RAISED =
  /\b(?:closed|closes|close|closing|raised|raises|raise|raising|secured|collected|gathered|levé|lève|lever|clôturé|clôture|clôturer|bouclé|boucle|boucler|collecté|collecter|réuni|réunir|finalisé|finaliser)\s+(?:[^\s,;]+\s+){0,3}?(?:a|an|its|their|un|une|son|sa|leur)\s+(?:[^\s,;]+\s+){0,5}?(?:fund|funds|fonds|vehicle|véhicule|millésime)\b/gu;
/** "une levée de fonds", "raised funds": money raised, not a vehicle. */
const MONEY_NOT_VEHICLE = /\b(?:de|d'|of|raised|raises)\s+(?:fonds|funds)$/u;
/** Most words between the fund raised and one of its givers ("at $600 million in January with backing from A and the"). */
const MAX_WORDS_FUND_TO_GIVER = 18;
/** A new raise between the fund and the name: the name gives to that one. */
const ANOTHER_RAISE = /\b(?:raised|raises|raise|secured|lève|levé|lever|obtenu|obtient)\b/u;

/** A comma that only sets off the givers of the fund: "…, auprès de", "…, with commitments from". */
const GIVERS_AFTER_COMMA = /,(?=\s+(?:auprès|with|from)\b)/u;
/** A comma between givers of the list ("auprès du Crédit Agricole, de la Caisse des dépôts et de …"): a preposition
 * or an article said again, then a name. */
const LIST_COMMA = /,(?=\s+(?:(?:de\s+la|de\s+l'|de|d'|du|des|the|la|le|l')\s*)?\p{Lu})/gu;

/** The name at `at` is among the givers of a fund raised just before it in the sentence. */
function giverOfFundRaised(s: string, at: number): boolean {
  let end = -1;
  for (const m of s.slice(0, at).matchAll(FUND_RAISED))
    if (!MONEY_NOT_VEHICLE.test(m[0])) end = (m.index ?? 0) + m[0].length;
  if (end < 0) return false;
  // "de boucler son deuxième véhicule à 240 M€, auprès notamment de B": one comma may fall before the givers' preposition
  // the name's first letter is kept while the commas are read, so a list comma right before it is seen
  const between = s
    .slice(end, at + 1)
    .replace(GIVERS_AFTER_COMMA, ' ')
    .replace(LIST_COMMA, ' ')
    .slice(0, -1);
  if (/[,;]/.test(between) || ANOTHER_RAISE.test(between)) return false;
  return between.trim().split(/\s+/).length <= MAX_WORDS_FUND_TO_GIVER;
}

/** The raiser of the fact collects money for a fund it manages: the givers fund that vehicle, not the firm. */
export function raisesForOwnFund(r: ExtractedRelation): boolean {
  if (r.type !== 'FUNDED') return false;
  const s = r.evidence.sentence;
  const tgt = s.indexOf(r.target);
  const src = s.indexOf(r.source);
  if (src >= 0 && giverOfFundRaised(s, src)) return true;
  if (tgt < 0 || src < 0 || tgt > src) return false;
  return OWN_VEHICLE.test(s.slice(tgt + r.target.length, src));
}
