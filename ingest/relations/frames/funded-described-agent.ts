import type { Unit } from '../pattern';

/**
 * A name that is the agent of a lending phrase behind its description ("a £65 million facility provided by private
 * credit manager A and a revolving facility from a group of banks led by B", "un prêt accordé par la banque
 * mutualiste A") is no subject of the sentence: a topic reading must not give the rest of the money to it. The
 * plain oblique test (`../syntax.ts` `isOblique`) looks one determiner back only; here the description's
 * lower-case words are stepped over too.
 */

/** Prepositions of an agent or a lender. */
const AGENT_PREPOSITION = /^(by|from|par|auprès)$/u;
/** Most lower-case words of a description between the preposition and the name ("private credit manager"). */
const DESCRIPTION_WORDS = 4;

/** Whether the entity at `i` follows an agent preposition with only lower-case words between. */
export function describedAgent(units: readonly Unit[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - DESCRIPTION_WORDS; k--) {
    const u = units[k];
    if (u.kind !== 'tok' || u.token.kind !== 'word') return false;
    const lower = u.token.lower;
    if (AGENT_PREPOSITION.test(lower)) return true;
    if (u.token.text !== lower) return false;
  }
  return false;
}
