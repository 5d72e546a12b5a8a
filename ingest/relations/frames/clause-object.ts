import type { Unit } from '../pattern';
import { isModifier, isOblique } from '../syntax';
import {
  CLAUSE_OPENERS,
  describedHead,
  inAdviserPhrase,
  isStrongStop,
  MAX_INSERT_UNITS,
  wordAt,
} from './clause';

/**
 * The object a trigger governs and the agent of a passive, searched forward from the trigger within its clause
 * (see clause.ts for the clause bounds and the subject).
 */

/** Coordinators that start another verb's clause once the object is found. */
const COORDINATORS = /^(and|et|but|mais|puis|then|ou|or|while|alors|tandis)$/;
/** Prepositions that bring in a role other than a verb's direct object. */
const OTHER_ROLE_PREPOSITIONS =
  /^(from|to|with|by|for|than|at|against|alongside|via|through|à|au|aux|avec|par|pour|auprès|chez|contre|face|aux|comme|like|such|including|notamment|dont)$/;
/** Prepositions opening a time phrase when a time noun follows ("au printemps", "at the end"). */
const TIME_PREPOSITIONS = /^(au|à|at)$/;
const TIME_NOUNS =
  /^(printemps|début|cours|mois|premier|second|deuxième|troisième|quatrième|terme|lendemain|end|start|beginning|time)$/;
/** Most units between a trigger and the object it governs. */
export const MAX_OBJECT_GAP_UNITS = 10;

/** A comma at `i` opens a short insert with no name in it ("X a racheté, en 2023, Y"): index after it, or -1. */
function skipInsert(units: Unit[], i: number): number {
  for (let k = i + 1; k < units.length && k - i <= MAX_INSERT_UNITS; k++) {
    if (units[k].kind === 'ent' || isStrongStop(units, k)) return -1;
    if (wordAt(units, k) === ',') return k + 1;
  }
  return -1;
}

export interface ObjectSearch {
  /** Prepositions the search may cross ("de" for a noun's complement: "le rachat de X"). */
  crossing?: RegExp;
  /** Take the first organisation even after a preposition it may not cross (an agent after "par"). */
  anyPreposition?: boolean;
  maxUnits?: number;
}

/**
 * The first organisation after unit `from` that is the object of the trigger at `from`: in the same clause,
 * not after a preposition bringing in another role, not a name that only qualifies another. -1 when none.
 */
export function objectAfter(units: Unit[], from: number, search: ObjectSearch = {}): number {
  const max = search.maxUnits ?? MAX_OBJECT_GAP_UNITS;
  let k = from + 1;
  for (let seen = 0; k < units.length && seen < max; k++, seen++) {
    const u = units[k];
    if (u.kind === 'ent') {
      if (!u.orgs) return -1;
      if (isModifier(units, k, false) || inAdviserPhrase(units, k)) continue;
      if (search.anyPreposition || !isOblique(units, k) || crossedHere(units, k, search.crossing))
        return describedHead(units, k);
      return -1;
    }
    const w = u.token.lower;
    // an agent's descriptor may join two plain nouns ("le négociant en vins et spiritueux X")
    const joinsNouns = search.anyPreposition && /^(et|and)$/.test(w) && units[k + 1]?.kind === 'tok';
    if (isStrongStop(units, k) || CLAUSE_OPENERS.test(w) || (COORDINATORS.test(w) && !joinsNouns)) return -1;
    if (w === ',') {
      const after = skipInsert(units, k);
      if (after < 0) return -1;
      k = after - 1;
      continue;
    }
    // "a racheté au printemps dernier X": a time phrase brings in no role
    if (TIME_PREPOSITIONS.test(w) && TIME_NOUNS.test(wordAt(units, k + 1))) continue;
    if (!search.anyPreposition && OTHER_ROLE_PREPOSITIONS.test(w) && !search.crossing?.test(w)) return -1;
  }
  return -1;
}

/** The preposition before the name at `i` (past a determiner) is one the search may cross. */
function crossedHere(units: Unit[], i: number, crossing: RegExp | undefined): boolean {
  if (!crossing) return false;
  let k = i - 1;
  if (/^(the|a|an|le|la|l'|les|un|une)$/.test(wordAt(units, k))) k--;
  return crossing.test(wordAt(units, k));
}

/** The agent of a passive: the organisation after "par"/"by" within a few units after `from`, or -1. */
export function agentAfter(units: Unit[], from: number, maxUnits = MAX_OBJECT_GAP_UNITS): number {
  for (let k = from + 1; k < units.length && k - from <= maxUnits; k++) {
    const w = wordAt(units, k);
    if (w === 'par' || w === 'by') {
      const o = objectAfter(units, k, { anyPreposition: true, maxUnits: MAX_OBJECT_GAP_UNITS + 2 });
      return o >= 0 && !inAdviserPhrase(units, o) ? o : -1;
    }
    if (units[k].kind === 'ent' || isStrongStop(units, k) || CLAUSE_OPENERS.test(w)) return -1;
  }
  return -1;
}
