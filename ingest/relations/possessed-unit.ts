import type { Unit } from './pattern';
import { afterWireTicker } from './wire-ticker';

/** Plain words allowed between "Y's" and the unit it owns ("Y's wholly owned Canadian subsidiary, Z"). */
const MAX_WORDS_TO_UNIT = 5;
/** Words that bring in another role: past them the name is no longer the thing Y owns. */
const ROLE_WORDS = new Set([
  'from',
  'to',
  'with',
  'by',
  'for',
  'in',
  'of',
  'at',
  'and',
  'or',
  'which',
  'that',
  'who',
  'said',
  'says',
  'than',
]);

export interface PossessedUnit {
  /** The unit that changes hands. */
  target: number;
  /** Its owner, who sells it. */
  owner: number;
}

const STAKE_WORDS = new Set(['stake', 'interest', 'holding', 'holdings', 'shares', 'share']);

function isStakeWord(u: Unit): boolean {
  return u.kind === 'tok' && STAKE_WORDS.has(u.token.lower);
}

function entityAt(units: Unit[], i: number): number | null {
  const u = units[i];
  return u && u.kind === 'ent' && u.orgs && u.ents.length === 1 ? u.ents[0] : null;
}

/**
 * "bought Rexford Corp's Fairfield Co", "Kraft's wholly owned subsidiary, D Corp": when the captured target
 * is a possessor, the deal is about the organisation it owns, and the possessor is the seller. Null when the
 * target is not followed by "'s" and another organisation within a few plain words.
 */
export function possessedUnit(units: Unit[], target: number): PossessedUnit | null {
  // the mention the rule took need not be the first: "talks with Y about buying Y's Z subsidiary"
  for (let at = 0; at < units.length; at++) {
    const u = units[at];
    if (u.kind !== 'ent' || !u.ents.includes(target)) continue;
    const found = unitAfterPossessor(units, at, target);
    if (found) return found;
  }
  return null;
}

function unitAfterPossessor(units: Unit[], at: number, target: number): PossessedUnit | null {
  const next = units[at + 1];
  if (!next || next.kind !== 'tok' || !/^['’]s?$/.test(next.token.lower)) return null;
  for (let i = at + 2, words = 0; i < units.length && words <= MAX_WORDS_TO_UNIT; i++) {
    // "CRA Ltd's <CRAA.S> Forrest Gold unit": the possessor's ticker is no word of the phrase
    i = afterWireTicker(units, i, target);
    if (i >= units.length) return null;
    const u = units[i];
    if (u.kind === 'ent') {
      const owned = entityAt(units, i);
      return owned !== null && owned !== target ? { target: owned, owner: target } : null;
    }
    const w = u.token.lower;
    // "Y's stake in Z": what changes hands is Y's part of Z
    if (w === 'in' && i > 0 && isStakeWord(units[i - 1])) continue;
    if (ROLE_WORDS.has(w) || /^[.;:()"!?]$/.test(w)) return null;
    if (w !== ',') words++;
  }
  return null;
}
