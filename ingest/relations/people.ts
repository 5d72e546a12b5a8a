import { FOUNDED_RULES } from './founded';
import { LEADS_RULES } from './leads';

/** FOUNDED and LEADS, both languages (founded.ts, leads.ts). */
export const PEOPLE_RULES = [...FOUNDED_RULES, ...LEADS_RULES];

/**
 * A leader's title, and the words that make a title subordinate or not a title at all. A former leader still
 * counts ("former X chief executive P", "était jusqu'ici DG de X"): the graph keeps no end dates.
 */
const LEADER_TITLE =
  /(?<![\p{L}\p{N}])(p-?dg|président|présidente|patron|patronne|directeur général|directrice générale|dg|ceo|chief executive|chairman|chairwoman|president|managing director|head|boss|gérant|gérante|administrateur délégué|directeur exécutif)(?![\p{L}\p{N}])/iu;
const NOT_LEADER =
  /(?<![\p{L}\p{N}])(vice|adjoint|adjointe|deputy|assistant|spokes\w*|porte-parole|associé|associée|partner|analyst\w*|analyste|financial|financier|commercial|marketing|technique|technical|operating|opérations|d'honneur)\b|\bvice-/iu;

/** True when `between` (the words joining a person and an organisation) gives the person a leader's title. */
export function isLeaderTitle(between: string): boolean {
  return LEADER_TITLE.test(between) && !NOT_LEADER.test(between);
}
