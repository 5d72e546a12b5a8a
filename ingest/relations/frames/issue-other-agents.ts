import type { Unit } from '../pattern';
import { isTok, lowerAt } from './funded-clause';

/**
 * A name that stands in a sentence about an issue of shares or bonds as the agent of another service than taking
 * the paper up: "placés par la banque A", "notés BBB par l'agence B", "a placement arranged by A and rated A- by B",
 * "conseillée par C". Arrangers, rating agencies and advisers work for the issuer; they are neither the issuer
 * nor a subscriber, so the issuer is still the subject or the article's company when they are named beside it.
 */

/** Participles of a service to the issuer, whose agent after "par"/"by" is no party to the issue. */
const SERVICE_PARTICIPLE =
  /^(placés|placées|placé|placée|arrangé|arrangée|arrangés|arrangées|noté|notée|notés|notées|conseillé|conseillée|conseillés|conseillées|structuré|structurée|structurés|structurées|coordonné|coordonnée|coordonnés|coordonnées|arranged|rated|advised|structured|coordinated|placed|managed)$/;
/** Words between the participle and "par"/"by": a rating grade ("BBB", "A-", "A3") or an adverb of measure. */
const GRADE_OR_ADVERB = /^([a-d]{1,3}[0-9]?[+-]?|-|\+|conjointement|jointly|notamment|respectivement)$/;
/** Most of such words read between the participle and its agent word. */
const MAX_PARTICIPLE_TO_AGENT_UNITS = 3;
/** Lower-case words between the agent word and the name ("la banque", "l'agence", "the rating agency"). */
const MAX_AGENT_LEAD_UNITS = 3;

/** The agent word ("par"/"by") before the name at `k`, past a short descriptor, or -1. */
function agentWordBefore(units: Unit[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= MAX_AGENT_LEAD_UNITS + 1; j--) {
    if (isTok(units, j, /^(par|by)$/)) return j;
    const u = units[j];
    if (u.kind !== 'tok' || u.token.kind !== 'word' || u.token.text !== u.token.lower) return -1;
  }
  return -1;
}

/** Whether the name at `k` is the agent of a participle of service ("notés BBB par l'agence K"), or of a list
 * joined to one ("arrangés par A et B": B too). */
export function servesIssuer(units: Unit[], k: number): boolean {
  let name = k;
  // a later member of the agent's list: "placed by A and B"
  for (let j = k - 1; j >= 0 && isTok(units, j, /^(et|and|,)$/); j--) {
    if (units[j - 1]?.kind === 'ent') name = j - 1;
    break;
  }
  for (const at of name === k ? [k] : [k, name]) {
    const by = agentWordBefore(units, at);
    if (by < 0) continue;
    for (let p = by - 1; p >= 0 && by - p <= MAX_PARTICIPLE_TO_AGENT_UNITS; p--) {
      const word = lowerAt(units, p);
      if (SERVICE_PARTICIPLE.test(word)) return true;
      if (!GRADE_OR_ADVERB.test(word)) break;
    }
  }
  return false;
}
