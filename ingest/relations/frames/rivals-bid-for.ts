import type { Unit } from '../pattern';
import { wordAt } from './rivals-clause';

/**
 * "Corvane walked away from a $2 billion bid for rival Stanmore Valve", "Marstrand's bid for Danish rival Audiqo",
 * "It had bid for British rival Corrimal", "une offre pour son concurrent B": the rival noun tells whose rival the
 * bid's target is — the bidder's — whether the bid was made, weighed, dropped or blocked. A bare "for rival Y"
 * ("worked for rival Y", "a contract for rival Y") still gives the name another role, so "for" passes only after
 * a bid's noun or verb.
 */

/** Nouns and verbs of a bid whose "for" / "pour" introduces the company bid for. */
const BID_WORDS =
  /^(bid|bids|bidding|offer|offers|approach|approaches|proposal|tender|counterbid|counter-bid|offre|offres|contre-offre|opa|ope)$/iu;
const BID_PREPOSITION = /^(for|pour)$/u;
/** Words looked back from a bid's noun for a possessive bidder ("Marstrand's $2.1 billion hostile bid"). */
const BIDDER_LOOKBACK_UNITS = 6;
const POSSESSIVE_MARK = /^('s|’s|')$/u;

/**
 * What opens the bidder's own bid: an indefinite or possessive determiner ("a bid", "its offer", "son offre"), a
 * possessive mark ("Marstrand's bid"), or the verb's auxiliary ("had bid for", "to bid for"). "The bid for rival Y"
 * may be anyone's ("Lazard worked on the bid for rival Y"), so it is refused.
 */
const OWN_BID_OPENER =
  /^(a|an|its|their|his|her|une|un|son|sa|leur|ses|'s|’s|'|has|have|had|to|will|would|could|may|might|did|was|were)$/u;
/** Words between that opener and the bid's noun: amounts, currency signs, plain adjectives ("a $2 billion hostile"). */
const BID_QUALIFIER_UNITS = 5;

/** The governor at `governor` is the "for" of the bidder's own bid ("a bid for", "its offer for", "had bid for"). */
export function bidFor(units: Unit[], governor: number): boolean {
  if (!BID_PREPOSITION.test(wordAt(units, governor) ?? '')) return false;
  if (!BID_WORDS.test(wordAt(units, governor - 1) ?? '')) return false;
  for (let k = governor - 2; k >= 0 && governor - k <= BID_QUALIFIER_UNITS + 1; k--) {
    const w = wordAt(units, k);
    if (w === null) return false;
    if (OWN_BID_OPENER.test(w)) return true;
    // "$2.1 billion", "all-cash", "hostile": an amount or a plain lower-case qualifier
    if (!/^(\p{Ll}[\p{Ll}-]*|[$€£]|[\d.,]+|US\$|C\$)$/u.test(w)) return false;
  }
  return false;
}

/**
 * The unit of a named possessive bidder before the bid's noun ("Marstrand's $2.1 billion bid for"), or null: the
 * bidder then is the rival's owner, not the clause subject ("The tie-up comes after Marstrand's bid for rival Y").
 */
export function possessiveBidder(units: Unit[], governor: number): number | null {
  for (let k = governor - 2; k >= 0 && governor - k <= BIDDER_LOOKBACK_UNITS; k--) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs && POSSESSIVE_MARK.test(wordAt(units, k + 1) ?? '') ? k : null;
    if (u.token.text === ',' || u.token.text === '.') return null;
  }
  return null;
}

/**
 * The verb a bid's noun phrase is the subject of, right after the rival's name: an auxiliary or a verb of a bid's
 * fate ("X's bid for rival Y was blocked", "a bid for rival Y collapsed"), which ends the name's phrase as a
 * punctuation mark would; after a rival named with no bid a verb still may not ("hired a rival Y manager").
 */
const BID_OUTCOME_VERB =
  /^(was|were|is|has|had|would|will|collapsed|failed|fell|lapsed|foundered|faltered|a|avait|est|était|sera|échoue|échoua)$/u;

export function isBidOutcomeVerb(word: string | null): boolean {
  return word !== null && BID_OUTCOME_VERB.test(word);
}

/** Participles of a purchase whose "by" / "par" brings in the buyer ("bought by", "racheté par"). */
const BOUGHT_PARTICIPLE =
  /^(bought|acquired|purchased|absorbed|rachetée?s?|reprise?|repris|absorbée?s?|acquise?s?)$/u;
const AGENT_PREPOSITION = /^(by|par)$/u;

/**
 * The governor at `governor` is the "by" of a purchase's buyer ("agreed to be bought by rival Y", "taken over by
 * rival Y", "racheté par son concurrent Y"): the subject bought is the buyer's rival, as the bidder's is; an adviser
 * or a backer named after "by" ("advised by rival Y") still is not.
 */
export function boughtBy(units: Unit[], governor: number): boolean {
  if (!AGENT_PREPOSITION.test(wordAt(units, governor) ?? '')) return false;
  const before = wordAt(units, governor - 1) ?? '';
  if (BOUGHT_PARTICIPLE.test(before)) return true;
  return before === 'over' && wordAt(units, governor - 2) === 'taken';
}
