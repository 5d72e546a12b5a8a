import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import { namedPointer } from './frames/rivals-named-subject';

/**
 * "The combined group, which will take the name Talencia, will rank second behind Stafflux", "Le nouvel ensemble,
 * qui prendra le nom de Talencia, vise la deuxième place derrière Stafflux": the pattern rules of rivalry reach the
 * verb from the pointer subject, resolved to the merging parties, while the aside right after it names the company
 * the pointer stands for. The rivalry is that company's, whichever rule or reader reached it.
 */
export function namedPointerParty(rule: Rule, caps: Captures, units: Unit[]): Captures {
  if (rule.type !== 'COMPETES_WITH' || !rule.source || !rule.target) return caps;
  let out = caps;
  for (const role of [rule.source, rule.target]) {
    const at = capturedAt(out, role);
    const named = at < 0 ? -1 : namedPointer(units, at);
    const u = units[named];
    if (u?.kind !== 'ent') continue;
    const other = role === rule.source ? rule.target : rule.source;
    // the named company is already the other party: the aside is no subject of this rivalry
    if (u.ents.some((e) => out[other]?.includes(e))) continue;
    out = { ...out, [role]: [...u.ents], [`#${role}`]: [named] };
  }
  return out;
}
