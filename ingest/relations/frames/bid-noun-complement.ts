import type { Unit } from '../pattern';
import { wordAt } from './clause';

/**
 * "Le tribunal a retenu l'offre de reprise du groupe X pour Y", "une proposition de rachat de X": a deal noun
 * that qualifies a bid has the bidder for its complement, not the company bought, and the clause's subject (the
 * court, the board) buys nothing. fr/deals.ts `fr.acquired.takeover-offer-of-for` reads the bidder and the target.
 */

/** Nouns of a bid before "de reprise / de rachat" (French) and "takeover / acquisition" (English). */
const BID_NOUNS = /^(offre|offres|proposition|propositions|candidature|candidatures|projet|projets)$/u;
const OF_FR = /^(de|d')$/u;

/** The deal noun at `at` qualifies a bid ("l'offre de reprise"): its complement is the bidder. */
export function qualifiesBid(units: Unit[], at: number): boolean {
  return OF_FR.test(wordAt(units, at - 1)) && BID_NOUNS.test(wordAt(units, at - 2));
}
