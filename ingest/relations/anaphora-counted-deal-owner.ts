import type { Unit } from './pattern';
import { wordAt } from './frames/clause';

/**
 * "Brisa Pay is Korvex's second purchase this year after it bought Y", "The deal is Quellion's third since it
 * acquired Y": a clause that counts a company's deals names that company as the possessor of the count, and the
 * "it" after the subordinator is that company, the buyer of the earlier deal, not the subject (the target bought
 * now, or "the deal" pointing at it).
 */

/** Words that count or rank a company's deals after its possessive ("X's second", "X's latest"). */
const DEAL_COUNT_WORDS = new Set([
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'latest',
  'biggest',
  'largest',
]);
/** The possessive marks after a name. */
const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/** The company whose deals the clause counts ("X's second …"), the last company read before the pronoun; else null. */
export function countedDealOwner(units: Unit[]): number | null {
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind !== 'ent' || !u.orgs) continue;
    if (u.anaphor || u.ents.length !== 1 || !POSSESSIVE_MARKS.has(wordAt(units, k + 1))) return null;
    return DEAL_COUNT_WORDS.has(wordAt(units, k + 2)) ? u.ents[0] : null;
  }
  return null;
}
