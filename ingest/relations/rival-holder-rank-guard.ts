import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { wordOrNullAt } from './frames/clause';
import { laterRivalAt } from './rival-rank-distance-guard';

/**
 * A rank of a company's holders, backers or deals is no rank of a market: "X became the second-largest shareholder
 * in Y behind B", "X est devenu le deuxième actionnaire de Y derrière B", "its third-largest acquisition after B"
 * place X beside B among Y's owners or X's purchases, and B is no rival of X. The rivalry is refused when, between
 * the position word before the later party ("behind", "derrière", "after", "après", "ahead of", "devant") and the
 * rank word that opens the ranking, a holder's or a deal's noun stands. A supplier or lender ranked in its trade
 * ("the second-largest supplier of valves behind B") still ranks a market; one ranked by its client ("le deuxième
 * fournisseur de Renault derrière B") does not; an investor, owner or client likewise.
 */

/** Words of position relative to the next name. */
const POSITION = /^(behind|ahead|after|derrière|devant|après)$/u;
/** Words that open a ranking ("second-largest", "No.", "deuxième", "premier"). */
const RANK_WORD =
  /^([a-z]+-(largest|biggest)|largest|biggest|no\.|number|numéro|premier|première|deuxième|troisième|quatrième|second|third|fourth|top)$/u;
/** Nouns of a deal ranked among a buyer's deals ("its second-largest acquisition after B"). */
const DEAL_NOUN =
  /^(acquisition|acquisitions|deal|deals|purchase|purchases|takeover|takeovers|rachat|rachats)$/u;
/** Holders of a company, whatever follows ("the second-largest shareholder after B"). */
const HOLDER_NOUN =
  /^(shareholder|shareholders|actionnaire|actionnaires|creditor|creditors|créancier|créanciers)$/u;
/**
 * Roles that rank a trade when a product or market follows ("the second-largest supplier of valves", "investor in
 * renewables") and a company's backers or partners when a company does ("supplier to Y", "investor in Y").
 */
const TRADE_OR_CLIENT_ROLE =
  /^(supplier|suppliers|fournisseur|fournisseurs|lender|lenders|prêteur|prêteurs|investor|investors|investisseur|investisseurs|owner|owners|propriétaire|propriétaires|client|clients|customer|customers)$/u;
/** Words between the rank word and the position word looked at (the trade, a place, an owned company). */
const RANK_LOOKBACK_UNITS = 10;
/** Words between the position word and the later party ("ahead of", "behind the German B"). */
const POSITION_TO_PARTY_UNITS = 4;

/** The position word within a few units before unit `j`, or -1. */
function positionBefore(units: Unit[], j: number): number {
  for (let k = j - 1; k >= 0 && k >= j - POSITION_TO_PARTY_UNITS; k--) {
    const w = wordOrNullAt(units, k);
    if (w !== null && POSITION.test(w)) return k;
    if (units[k].kind === 'ent') return -1;
  }
  return -1;
}

/** A supplier or lender whose next words name a company (its client), not a product of its trade. */
function rankedByClient(units: Unit[], k: number): boolean {
  const next = wordOrNullAt(units, k + 1) ?? '';
  if (/^(to|à|au|aux|for|pour)$/u.test(next)) return true;
  const after = /^(of|in|de|du|d'|dans)$/u.test(next) ? k + 2 : -1;
  return after > 0 && units[after]?.kind === 'ent';
}

/** Whether a holder's or deal's noun stands between the ranking's rank word and the position word at `pos`. */
function holderRankBefore(units: Unit[], pos: number): boolean {
  let holder = false;
  for (let k = pos - 1; k >= 0 && k >= pos - RANK_LOOKBACK_UNITS; k--) {
    const w = wordOrNullAt(units, k);
    if (w === null) continue;
    if (/^[;:.!?]$/u.test(w)) return false;
    if (RANK_WORD.test(w)) return holder;
    if (DEAL_NOUN.test(w) || HOLDER_NOUN.test(w)) holder = true;
    else if (TRADE_OR_CLIENT_ROLE.test(w)) holder = holder || rankedByClient(units, k);
  }
  return false;
}

/** A rivalry whose later party is placed behind or after another in a ranking of holders or deals (see above). */
export function holderRankOnly(rule: Rule, caps: Captures, units: Unit[]): boolean {
  const at = laterRivalAt(rule, caps);
  if (at < 0) return false;
  const pos = positionBefore(units, at);
  return pos >= 0 && holderRankBefore(units, pos);
}
