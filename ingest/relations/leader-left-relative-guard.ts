import type { Captures, Unit } from './pattern';
import type { Rule } from './rule';
import { capturedAt } from './pattern';
import { wordOrNullAt } from './frames/clause';

/**
 * "Corvane's first chief executive, P, who handed over to Q in 2015, now chairs Y", "Son ancien directeur, P, qui a
 * quitté l'entreprise en 2019, …", "X's chairman, P, who stepped down last year, …": a relative clause right after
 * the person that tells them leaving a post says the title before the name (and its company) is over. A LEADS match
 * whose company stands before the person is refused; a company after the clause ("now chairs Y") is the post held.
 * A named company the leaving verb takes as object ("who left Google in 2015") is where they left, and the title
 * before the name stays.
 */

/** Verbs and participles of leaving a post, told in a relative clause after the person. */
export const LEAVING =
  /^(left|quit|resigned|retired|departed|stepped|handed|quitté|démissionné|parti|partie|retiré|retirée|passé|cédé)$/;
/** Words right after a leaving verb before its object or the clause end ("stepped down", "passé la main"). */
const LEAVING_PARTICLE = /^(down|over|aside|la|le|l'|sa|son|the|its|his|her|main|relais|place|from)$/;
/** Most units of the relative clause read for the leaving verb. */
const MAX_RELATIVE_UNITS = 10;
const RELATIVE = /^(who|qui)$/;
/** Where the relative clause ends. */
const CLAUSE_END = /^[,;:.!?()«»"]$/;

/** Whether the relative clause after the person at `p` tells them leaving a post, with no named company left. */
export function relativeToldLeaving(units: readonly Unit[], p: number): boolean {
  if (wordOrNullAt(units, p + 1) !== ',' || !RELATIVE.test(wordOrNullAt(units, p + 2) ?? '')) return false;
  for (let k = p + 3; k < units.length && k - p <= MAX_RELATIVE_UNITS; k++) {
    const w = wordOrNullAt(units, k);
    if (w !== null && CLAUSE_END.test(w)) return false;
    if (w === null || !LEAVING.test(w)) continue;
    let j = k + 1;
    while (LEAVING_PARTICLE.test(wordOrNullAt(units, j) ?? '')) j++;
    const u = units[j];
    // "who left Google in 2015": the company left is named, so the title before the person is another one's
    return !(u?.kind === 'ent' && u.orgs && !u.anaphor && wordOrNullAt(units, j - 1) !== 'to');
  }
  return false;
}

/** A LEADS match whose company is named before a person the relative clause after them tells leaving a post. */
export function leaderLeftInRelative(rule: Rule, caps: Captures, units: readonly Unit[]): boolean {
  if (rule.type !== 'LEADS' || !rule.source || !rule.target) return false;
  const p = capturedAt(caps, rule.source);
  const o = capturedAt(caps, rule.target);
  if (p < 0 || o < 0 || o > p) return false;
  return relativeToldLeaving(units, p);
}
