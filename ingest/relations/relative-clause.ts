import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';

/** Words opening a relative clause after a comma ("X, whose rivals include A, raised …", "X, qui concurrence A, a levé …"). */
const RELATIVE_OPENERS = /^(which|who|whose|that|qui|dont|lequel|laquelle|où|where)$/;
/** Most units a relative clause may span before the comma that closes it. */
const MAX_RELATIVE_UNITS = 16;

/**
 * The relative clause that unit `k` stands in, when the clause closes before `limit`: its antecedent's unit
 * index and the index of the closing comma, else null. "Parcelo, whose rivals include Stuart and Urbantz, raised
 * €8m": Urbantz stands in the clause of Parcelo, which is the one that raised.
 */
function enclosingRelative(
  units: Unit[],
  k: number,
  limit: number,
): { antecedent: number; close: number } | null {
  let opener = -1;
  for (let j = k - 1; j >= 0 && k - j <= MAX_RELATIVE_UNITS; j--) {
    const u = units[j];
    if (u.kind !== 'tok') continue;
    if (RELATIVE_OPENERS.test(u.token.lower) && units[j - 1]?.kind === 'tok') {
      const comma = units[j - 1] as { token: { text: string } };
      if (comma.token.text === ',') opener = j;
      break;
    }
    if (/^[,;:()«»"“”]$/.test(u.token.text)) return null;
  }
  if (opener < 2) return null;
  const antecedent = units[opener - 2];
  if (antecedent.kind !== 'ent' || !antecedent.orgs) return null;
  for (let j = k + 1; j < limit && j - opener <= MAX_RELATIVE_UNITS; j++) {
    const u = units[j];
    if (u.kind === 'tok' && u.token.text === ',') return { antecedent: opener - 2, close: j };
    if (u.kind === 'tok' && /^[;:()]$/.test(u.token.text)) return null;
  }
  return null;
}

/**
 * A rule's first role names the subject of its verb; when that name stands inside a relative clause that closes
 * before the rest of the match, the verb after the clause belongs to the clause's antecedent instead. Returns the
 * captures with that role given to the antecedent (unchanged when no relative clause is crossed).
 */
export function liftOutOfRelative(rule: Rule, caps: Captures, units: Unit[]): Captures {
  // people rules read titles inside such clauses ("X, dont le directeur général est P") on purpose
  if (rule.type === 'LEADS' || rule.type === 'FOUNDED') return caps;
  const roles = [rule.source, rule.target].filter((r): r is string => !!r && caps[`#${r}`] !== undefined);
  if (roles.length < 2 || rule.source === rule.target) return caps;
  const at = (r: string) => caps[`#${r}`][0];
  const [first, second] = at(roles[0]) <= at(roles[1]) ? roles : [roles[1], roles[0]];
  const found = enclosingRelative(units, at(first), at(second));
  if (found === null) return caps;
  const ante = units[found.antecedent];
  if (ante.kind !== 'ent') return caps;
  return { ...caps, [first]: [ante.ents[0]], [`#${first}`]: [found.antecedent] };
}
