import type { Unit } from '../pattern';
import { isTok } from './funded-clause';

/** Nouns of a deal as a whole, whose financing a lender's money can be said to be ("the deal's financing"). */
const DEAL_NOUN = /^(deal|transaction)$/;
/** Nouns of financing. */
const FINANCING = /^(financing|funding|financement)$/;
/** Determiners between "financing for / of" and the deal noun. */
const DEAL_DETERMINER = /^(the|this|that|la|cette)$/;
/** Prepositions between the financing noun and the deal's determiner. */
const FINANCING_OF = /^(for|of|de)$/;

/**
 * "B provided a portion of the deal's financing", "B lent 2 mln dlrs as part of the financing for the deal", "un
 * prêt pour le financement de la transaction": money lent for a deal goes to its buyer, whom the words "deal" and
 * "transaction" do not name, so the article's own company is no borrower (en-1072: the seller's story names a bank
 * financing the unnamed buyer group). The lender rules that guess the borrower from the article refuse such a
 * sentence, as they refuse one with a purchase word.
 */
export function financesDeal(units: Unit[]): boolean {
  return units.some(
    (_, k) =>
      isTok(units, k, DEAL_NOUN) &&
      ((isTok(units, k + 1, /^'s$/) && isTok(units, k + 2, FINANCING)) ||
        (isTok(units, k - 1, DEAL_DETERMINER) &&
          isTok(units, k - 2, FINANCING_OF) &&
          isTok(units, k - 3, FINANCING))),
  );
}
