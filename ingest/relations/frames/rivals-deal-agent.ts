import type { Unit } from '../pattern';
import { isOrgAt, wordAt } from './clause';

/**
 * The owner of a possessive rival noun that is a party of a deal noun whose other party is named just before it:
 * "le projet de rachat par X de son concurrent Y", "the proposed takeover by X of its rival Y", "l'offre de X
 * pour son concurrent Y", "the bid from X for its rival Y", "le rachat de Y par son concurrent X". The possessive
 * stands for that other party, not for the clause's subject, which is often an authority or a reporter
 * ("L'Autorité a bloqué …", "regulators blocked …").
 */

/** Deal nouns whose agent and object follow them ("rachat par X de Y", "offre de X pour Y", "bid by X for Y"). */
const DEAL_NOUNS =
  /^(rachat|acquisition|reprise|absorption|offre|opa|ope|takeover|purchase|buyout|bid|offer|approach|proposal)$/;
/** The word bringing in the agent after the noun: "par X" (passive), "de X" (the bidder's "offre de X"). */
const AGENT_WORDS = /^(par|by|de|du|d'|from|of)$/;
/** The word bringing in the possessive's party: "de/of" after "par/by", "pour/for/sur", or "par/by" after "de/of". */
const OBJECT_WORDS = /^(de|du|d'|des|of|pour|for|sur|on|par|by)$/;
/** "par/by" on one side needs "de/of" on the other: "de X de son" would be a chain of complements. */
const PASSIVE_AGENT = /^(par|by)$/;
const OF_OBJECT = /^(de|du|d'|des|of)$/;
/** Possessives of one owner or of a group's members ("son concurrent", "its rival", "ses concurrents"). */
const POSSESSIVES = /^(son|sa|ses|its|their|leur|leurs)$/;

/** The index of the deal's agent X before the possessive at `possessive`, or -1. */
export function dealAgentOwner(units: Unit[], possessive: number): number {
  if (!POSSESSIVES.test(wordAt(units, possessive))) return -1;
  const object = wordAt(units, possessive - 1);
  const agent = possessive - 2;
  const by = wordAt(units, possessive - 3);
  if (!OBJECT_WORDS.test(object) || !isOrgAt(units, agent) || !AGENT_WORDS.test(by)) return -1;
  // "par X de son …" / "de Y par son …": an agent and an object; "offre de X pour son …": a bidder and a target
  const passive = PASSIVE_AGENT.test(by) || PASSIVE_AGENT.test(object);
  if (passive ? !(OF_OBJECT.test(by) || OF_OBJECT.test(object)) : OF_OBJECT.test(object)) return -1;
  return DEAL_NOUNS.test(wordAt(units, possessive - 4)) ? agent : -1;
}
