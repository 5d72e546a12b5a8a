import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * Companies listed after a noun that makes them a company's customers, suppliers, distributors or partners ("Its
 * customers include A, B and C, which together account for a third of sales", "Parmi ces clients figurent A, B et
 * C, qui pèsent ensemble un tiers du chiffre d'affaires") share that company's book, not a market: they buy from it
 * and need not compete with one another. A reader pairing holders of a share asks this before pairing them.
 */

/** Nouns of the people a company trades with, not of its rivals. */
const TRADE_PARTNER_NOUN =
  /^(customers?|clients?|clientèle|buyers?|suppliers?|vendors?|distributors?|resellers?|partners?|licensees?|tenants?|shareholders?|investors?|acheteurs?|fournisseurs?|distributeurs?|revendeurs?|partenaires?|locataires?|actionnaires?|investisseurs?|donneurs)$/u;
/** Words that end the clause a trade noun can head the list from. */
const CLAUSE_STOP = /^[;:.!?]$/u;
/** Most units looked back from the first listed company for the noun heading the list. */
const LOOK_BACK_UNITS = 6;

/** Whether the list whose first company stands at unit `first` is headed by a customer, supplier or partner noun. */
export function listOfTradePartners(units: Unit[], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= LOOK_BACK_UNITS; k--) {
    const w = wordAt(units, k);
    if (w === null) return false;
    if (CLAUSE_STOP.test(w)) return false;
    if (TRADE_PARTNER_NOUN.test(w)) return true;
  }
  return false;
}
