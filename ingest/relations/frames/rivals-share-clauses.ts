import type { Language } from '../../types';
import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { isOblique } from '../syntax';
import { isOrgAt as isOrg, wordOrNullAt as wordAt } from './clause';
import { pairAll } from './rivals-market';

/**
 * Market shares told clause by clause: "A holds around a third of the market, while B claims 9%", "A détient 30 %
 * du marché, tandis que B en revendique 20 %". Each clause's own company holds a share of the one market the
 * sentence names, so the holders are rivals of one another. A share of a company's capital or of its own sales
 * is a stake or a figure of its business, never a market.
 */

/** Words opening the next clause of the comparison. */
const CONTRAST = /^(while|whereas|tandis|alors|quand|compared|against|contre|versus|vs)$/u;
/** A part of a whole: a percentage or a fraction. */
const SHARE = /^(%|percent|pct|third|quarter|half|tiers|quart|moitié|\d+(?:[.,]\d+)?%)$/u;
/** The sentence must say the shares are of a market. */
const MARKET = /^(market|markets|marché|marchés)$/u;
/** Words of ownership or of a company's own figures: the shares are no market shares. */
const NOT_MARKET =
  /^(capital|stake|stakes|equity|shares|votes|voting|actions|participation|droits|sales|revenue|revenues|turnover|ventes|chiffre|bénéfice|profit|profits|growth|croissance|hausse|baisse|rose|fell|grew|increase|decrease|rise|fall|up|down)$/u;
/** Words ending the sentence's main part. */
const STOP = /^[;:.!?()]$/u;

/** The clauses of the sentence, as [from, to) unit ranges split at contrast words. */
function clauses(units: Unit[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = 0; k < units.length; k++) {
    const w = wordAt(units, k);
    if (w !== null && (CONTRAST.test(w) || STOP.test(w))) {
      out.push([from, k]);
      from = k + 1;
    }
  }
  out.push([from, units.length]);
  return out;
}

/** The clause's own company (its first organisation not governed by a preposition), if it holds a share. */
function holderOf(units: Unit[], from: number, to: number): number {
  let holder = -1;
  let share = false;
  for (let k = from; k < to; k++) {
    if (holder < 0 && isOrg(units, k) && !isOblique(units, k)) holder = k;
    const w = wordAt(units, k);
    // the share must follow its holder: "30 % of A" would make A a holding, not a holder
    if (holder >= 0 && w !== null && SHARE.test(w)) share = true;
  }
  return share ? holder : -1;
}

function readShareClauses(units: Unit[], _lang: Language): Captures[] {
  let market = false;
  for (let k = 0; k < units.length; k++) {
    const w = wordAt(units, k);
    if (w === null) continue;
    if (NOT_MARKET.test(w)) return [];
    if (MARKET.test(w)) market = true;
  }
  if (!market) return [];
  const holders = clauses(units)
    .map(([from, to]) => holderOf(units, from, to))
    .filter((h) => h >= 0);
  return holders.length >= 2 ? pairAll(units, holders, holders[0]) : [];
}

export const SHARE_CLAUSE_READERS: ReaderRuleSpec[] = [
  {
    id: 'any.competes.frame-share-clauses',
    type: 'COMPETES_WITH',
    read: readShareClauses,
    neededWordPattern: /^(market|markets|marché|marchés)$/u,
    source: 'a',
    target: 'a',
    confidence: 0.5,
  },
];
