import type { Unit } from './pattern';
import { isOblique, opensRelative } from './syntax';
import { wordAt } from './frames/clause';

/**
 * "Tarrant Holdings, owned by Keswick Corp and Dalby Industries, said it acquired Y", "X, a group consisting of A
 * and B, agreed to buy Y", "X, détenu par A et le fonds B, a racheté Y": a preposition governs every member of the
 * list it opens, not only the first. The last member, standing right before the main verb, otherwise reads as the
 * clause's subject and takes the deal from the real one. A member joined by "and/et" (or by a bare comma inside a
 * list a conjunction closes later) to a governed first member is governed too.
 */

/** Words that join list members. */
const CONJUNCTION = /^(and|et|or|ou|&)$/u;
/** A preposition said again after the conjunction ("par A et par B", "de A et de B") or a determiner. */
const MEMBER_LEAD = /^(by|of|from|with|par|de|du|des|d'|avec|the|le|la|les|l'|a|an|un|une)$/u;
/** Words that open a list of members: what follows them names parts of a group, not the group's own act. */
const LIST_OPENER = /^(including|includes|include|comprising|comprises|notamment|dont)$/u;
/** Most members a list may hold before its first member is reached, walking back. */
const MAX_MEMBERS = 6;

/** The member before the one at `i`, whether a conjunction joined them and a comma stood before it; else null. */
function previousMember(units: Unit[], i: number): { at: number; conjoined: boolean; comma: boolean } | null {
  let k = i - 1;
  // at most two lead words: "and by the", "et de la"
  for (let n = 0; n < 2 && MEMBER_LEAD.test(wordAt(units, k)); n++) k--;
  let conjoined = false;
  if (CONJUNCTION.test(wordAt(units, k))) {
    conjoined = true;
    k--;
  }
  const comma = wordAt(units, k) === ',';
  if (comma) k--;
  // "sold to A by B": a preposition alone joins no list
  if ((!conjoined && !comma) || units[k]?.kind !== 'ent') return null;
  return { at: k, conjoined, comma };
}

/** A conjunction and another member come after the member at `i` within the list ("A, B and C" seen from B). */
function listClosesLater(units: Unit[], i: number): boolean {
  for (let k = i + 1, members = 0; k < units.length && members < MAX_MEMBERS; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      members++;
      continue;
    }
    if (CONJUNCTION.test(u.token.lower))
      return units[k + 1]?.kind === 'ent' || MEMBER_LEAD.test(wordAt(units, k + 1));
    if (u.token.text !== ',' && !MEMBER_LEAD.test(u.token.lower)) return false;
  }
  return false;
}

/** The first member of a list opened by a governing word counts as governed: after a preposition or list opener. */
function governedHead(units: Unit[], k: number, set: Set<string>): boolean {
  if (isOblique(units, k, set)) return true;
  const before = wordAt(units, k - 1);
  return LIST_OPENER.test(before) || (before === 'as' && wordAt(units, k - 2) === 'such');
}

/** The name at `i` is governed: after a preposition in `set` or a list opener, or a later member of such a list. */
export function isGovernedName(units: Unit[], i: number, set: Set<string>): boolean {
  return governedHead(units, i, set) || isObliqueConjunct(units, i, set);
}

/** The name at `i` is a later member of a list whose first member a preposition (in `set`) or list opener governs. */
export function isObliqueConjunct(units: Unit[], i: number, set: Set<string>): boolean {
  const u = units[i];
  // a pronoun is no list member ("merged with B, and it bought C"); "B, which/qui …" is its own clause's subject
  if (u?.kind !== 'ent' || u.anaphor || opensRelative(units, i)) return false;
  const own = previousMember(units, i);
  // "Backed by A, B bought C": a bare comma ends the list unless a conjunction closes it later
  if (!own || (!own.conjoined && !listClosesLater(units, i))) return false;
  let k = own.at;
  let members = 2;
  for (; members <= MAX_MEMBERS; members++) {
    const prev = previousMember(units, k);
    if (!prev) break;
    k = prev.at;
  }
  // "took control of A, and the group B bought C": ", and" after a single name joins a new clause, not a list
  if (own.conjoined && own.comma && members === 2) return false;
  return governedHead(units, k, set);
}
