import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import { possessorInApposition } from './apposed-possessor';

/**
 * "Ausha, Acast's main French rival, bought Y", "Comptaflow, Ledgerline's closest competitor, merged with Z": a
 * name owning the head noun of an apposition only describes the name before the comma; the verb after the
 * apposition is that name's, so the owner is no party of the deal.
 */

/** Deal types whose first party is the subject of the verb after the apposition. */
const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);

/**
 * A pattern match whose first party is such an owner takes the apposition's head instead ("Ausha, Acast's rival,
 * bought Y": Ausha buys); in a list of merging parties the owner is dropped ("A, B's rival, merged with C").
 */
export function apposedHeadForOwner(rule: Rule, caps: Captures, units: Unit[]): Captures {
  if (rule.read || !rule.source || !DEAL_TYPES.has(rule.type)) return caps;
  const a = capturedAt(caps, rule.source);
  if (a < 0) return caps;
  const owners = units.flatMap((u, i) =>
    u.kind === 'ent' && i > a && possessorInApposition(units, i) ? u.ents : [],
  );
  const listed = caps[rule.source].filter((e) => !owners.includes(e));
  // a list of parties that runs into the apposition ("A, B's rival, …"): only its head is a party
  if (listed.length < caps[rule.source].length && listed.length > 0)
    return { ...caps, [rule.source]: listed };
  const owner = units[a];
  const head = units[a - 2];
  if (!possessorInApposition(units, a) || owner.kind !== 'ent' || head.kind !== 'ent') return caps;
  if (rule.target && capturedAt(caps, rule.target) < a) return caps;
  const out: Captures = { ...caps };
  out[rule.source] = [...head.ents];
  out[`#${rule.source}`] = [a - 2];
  return out;
}
