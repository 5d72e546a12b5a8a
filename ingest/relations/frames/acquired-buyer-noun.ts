import type { Captures, Unit } from '../pattern';
import { isOrgAt, negatedBefore, wordAt } from './clause';
import { complementOf, describedByApposition, reading } from './acquired-ownership-roles';

/** A noun naming the buyer in apposition ("X, nouveau propriétaire de Y", "Y's new owner, X"). */

/** Nouns naming the one who bought: a buyer, or an owner said to be new ("nouveau propriétaire", "new owner"). */
export const BUYER_NOUN = /^(repreneur|acquéreur|buyer|acquirer|purchaser)$/;
export const NEW_OWNER_NOUN = /^(propriétaire|owner)$/;
const NEW_WORD = /^(nouveau|nouvel|new)$/;
/** Words near the noun that make the buyer a candidate only ("un repreneur potentiel", "a prospective buyer"). */
const CANDIDATE_WORDS =
  /^(potentiel|potentiels|éventuel|éventuels|possible|possibles|prospective|potential|likely|candidat|candidats|interested|intéressé|intéressés|cherche|cherchent|seeks|seeking|find|trouver)$/;
/** Units around the noun looked at for a candidate word. */
const CANDIDATE_WINDOW_UNITS = 3;

function isBuyerNoun(units: Unit[], i: number): boolean {
  const w = wordAt(units, i);
  if (BUYER_NOUN.test(w)) return true;
  return NEW_OWNER_NOUN.test(w) && NEW_WORD.test(wordAt(units, i - 1));
}

/** "Y's new owner": the possessor before the noun, or -1. */
function possessorOf(units: Unit[], i: number): number {
  const lead = NEW_WORD.test(wordAt(units, i - 1)) ? i - 2 : i - 1;
  return /^('s|')$/.test(wordAt(units, lead)) && isOrgAt(units, lead - 1) ? lead - 1 : -1;
}

function candidateOnly(units: Unit[], i: number): boolean {
  for (let k = Math.max(0, i - CANDIDATE_WINDOW_UNITS); k <= i + CANDIDATE_WINDOW_UNITS; k++)
    if (CANDIDATE_WORDS.test(wordAt(units, k))) return true;
  return false;
}

/**
 * "X, nouveau propriétaire de Y", "X, the buyer of Y", "Le nouveau propriétaire de Y, X, …", "Y's new owner, X":
 * the buyer stands in apposition to the noun naming it.
 */
export function readBuyerNoun(units: Unit[], i: number): Captures | null {
  if (!isBuyerNoun(units, i) || candidateOnly(units, i) || negatedBefore(units, i)) return null;
  const complement = complementOf(units, i);
  const bought = complement >= 0 ? complement : possessorOf(units, i);
  if (bought < 0) return null;
  const afterPhrase = complement >= 0 ? complement : i;
  // the buyer named after the phrase, between commas ("…de Y, X, veut"), else the one it is apposed to
  const buyer =
    wordAt(units, afterPhrase + 1) === ',' && isOrgAt(units, afterPhrase + 2)
      ? afterPhrase + 2
      : describedByApposition(units, NEW_WORD.test(wordAt(units, i - 1)) ? i - 1 : i);
  return buyer >= 0 ? reading(units, buyer, bought, Math.min(buyer, bought)) : null;
}
