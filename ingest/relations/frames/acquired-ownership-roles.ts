import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { entsAt, isOrgAt, subjectBefore, wordAt } from './clause';
import { objectAfter } from './clause-object';

/** Who owns and who is owned in ownership frames: the reading, a noun's complement, the name an apposition describes. */

export const OF_ANY = /^(of|de|du|d'|des)$/;

export function reading(units: Unit[], src: number, tgt: number, start: number): Captures | null {
  const s = entsAt(units, src);
  const t = entsAt(units, tgt);
  if (!isOrgAt(units, src) || !isOrgAt(units, tgt)) return null;
  if (s.length === 0 || t.length === 0 || s.some((e) => t.includes(e))) return null;
  return { src: s, tgt: t, '#src': [src], '#tgt': [tgt], [MATCH_START]: [start] };
}

/** Units after a noun within which its complement is named ("filiale du groupe X", "owner of X"). */
const COMPLEMENT_WINDOW_UNITS = 4;

/**
 * The organisation after "de"/"of" completing the noun at `i`, or -1. A name right after the preposition is taken
 * as it is: a search would read the name closing the sentence as a modifier of the noun.
 */
export function complementOf(units: Unit[], i: number): number {
  if (!OF_ANY.test(wordAt(units, i + 1))) return -1;
  if (isOrgAt(units, i + 2)) return i + 2;
  return objectAfter(units, i, { crossing: OF_ANY, maxUnits: COMPLEMENT_WINDOW_UNITS });
}

/** Lower-case words between an apposition's comma and its head noun ("une", "the", "a", "devenue"). */
const APPOSITION_LEAD_UNITS = 3;

/** The name an apposition opening before `i` describes ("Y, filiale de …", "Y, a unit of …"), else the subject. */
export function describedByApposition(units: Unit[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= APPOSITION_LEAD_UNITS + 1; k--) {
    if (wordAt(units, k) === ',') return isOrgAt(units, k - 1) ? k - 1 : -1;
    // no comma: the noun is a predicate ("X est le nouveau propriétaire de Y"), so the subject is meant
    if (units[k].kind === 'ent') break;
  }
  return subjectBefore(units, i);
}
