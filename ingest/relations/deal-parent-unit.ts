import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';
import type { Sentence } from '../sentences';
import type { PossessedUnit } from './possessed-unit';

/**
 * "sold Kindred Paws to Ravensberg unit Fellwood Pet Care", "was bought by Brightline subsidiary Corvo Sound",
 * "bought Nordwave from Siemens unit Siemens Energy", "led by Alder Group's venture arm Alder Ventures": a parent
 * named as the modifier of a unit noun, the unit's own name right after, tells which of its companies acts. The
 * party is the unit; the parent only says whose unit it is. A rule's capture stops at the first name, the parent.
 */

/** Deal types whose parties may be named this way. */
const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED', 'MERGED_WITH']);
/**
 * What stands between the parent's name and the unit's: a possessive, at most two trade words in lower case
 * ("packaging arm", "private equity arm"), and a noun naming a company held by the parent. A determiner or a
 * possessive there ("vendra à B sa division Y") makes the unit the thing sold, not the parent's buyer.
 */
const PARENT_TO_UNIT =
  /^(?:['’]s?)?\s+(?:(?!(?:its|their|his|her|the|a|an|and|or|to|sa|son|ses|leur|leurs|la|le|les|et|à)\s)\p{Ll}[\p{L}-]*\s+){0,2}(?:unit|subsidiary|arm|division|affiliate|offshoot)\s+$/u;

/**
 * Index of the unit's name when the organisation at `i` is the parent of a unit noun naming it, else -1. The
 * units may have dropped the words between the two names (a descriptor folded into the second): they are read
 * in the sentence's text.
 */
export function unitNamedAfter(units: Unit[], i: number, sentence: Sentence): number {
  const parent = units[i];
  if (parent?.kind !== 'ent' || !parent.orgs || parent.anaphor) return -1;
  for (let k = i + 1; k < units.length; k++) {
    const u = units[k];
    if (u.kind !== 'ent') continue;
    if (!u.orgs || u.anaphor) return -1;
    const between = sentence.text.slice(parent.end - sentence.start, u.start - sentence.start);
    return PARENT_TO_UNIT.test(between) ? k : -1;
  }
  return -1;
}

/** The match with each deal party named as "<parent> unit <name>" moved to the unit's name. */
export function unitForParent(rule: Rule, caps: Captures, units: Unit[], sentence: Sentence): Captures {
  if (!DEAL_TYPES.has(rule.type)) return caps;
  let out = caps;
  // a target named so is left to possessed-unit.ts, which also makes the parent its seller
  for (const role of [rule.source, rule.seller]) {
    if (role === undefined) continue;
    const at = capturedAt(caps, role);
    const parent = units[at];
    if (at < 0 || parent?.kind !== 'ent' || caps[role]?.length !== parent.ents.length) continue;
    const named = unitNamedAfter(units, at, sentence);
    if (named < 0) continue;
    const unit = units[named];
    if (unit.kind !== 'ent') continue;
    out = { ...out, [role]: [...unit.ents], [`#${role}`]: [named] };
  }
  return out;
}

/**
 * "bought Siemens unit Siemens Energy": the target named so is the unit, and its parent sells it (the same answer
 * possessed-unit.ts gives for "bought Siemens's unit Siemens Energy"). Null when the target is not named so.
 */
export function unitOfTargetParent(
  rule: Rule,
  caps: Captures,
  units: Unit[],
  sentence: Sentence,
): PossessedUnit | null {
  if (rule.type !== 'ACQUIRED' || rule.target === undefined) return null;
  const at = capturedAt(caps, rule.target);
  const parent = units[at];
  if (at < 0 || parent?.kind !== 'ent' || parent.ents.length !== 1) return null;
  const named = unitNamedAfter(units, at, sentence);
  const unit = units[named];
  if (named < 0 || unit?.kind !== 'ent' || unit.ents.length !== 1) return null;
  return { target: unit.ents[0], owner: parent.ents[0] };
}
