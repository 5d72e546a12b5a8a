import type { Token } from '../tokens';
import type { Unit } from './pattern';
import { FOUNDER_WORDS, PLURAL_FOUNDER_WORDS } from './anaphor-words';
import { firstOrgIn } from './sentence-orgs';

/**
 * The founders a possessive names: "its co-founders, A and B", "ses deux fondateurs, A et B", "its other
 * co-founder, P". Press copy names founders as a bare noun owned by the company as often as "X's founder"; the
 * plural and the counted forms were left to no pointer, so the list after them founded nothing.
 */

/**
 * Words that may stand between the possessive and the founder noun and still leave the founders the company's:
 * a count ("ses deux fondateurs") or "other" ("its other co-founder").
 */
const FOUNDER_COUNT_WORDS = new Set([
  'two',
  'three',
  'four',
  'other',
  'deux',
  'trois',
  'quatre',
  'autre',
  'autres',
]);

function isFounderNoun(t: Token | undefined): boolean {
  const w = t?.lower ?? '';
  return FOUNDER_WORDS.has(w) || PLURAL_FOUNDER_WORDS.has(w);
}

/** A possessive ending on the noun: "its founders' family office" names the founders' office, not them. */
const OWNER_MARKS = new Set(["'", "'s", '’', '’s']);

/** The possessive at `i` owns a founder noun, right after it or after one count word. */
export function ownsFounderNoun(tokens: Token[], i: number): boolean {
  if (FOUNDER_WORDS.has(tokens[i + 1]?.lower ?? '')) return true;
  const at = FOUNDER_COUNT_WORDS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  return isFounderNoun(tokens[at]) && !OWNER_MARKS.has(tokens[at + 1]?.text ?? '');
}

/** Coordinators that open a second main clause after a comma (", and its founders …", ", et ses fondateurs …"). */
const CLAUSE_COORDINATORS = new Set(['and', 'et']);

/**
 * "Stayflow vies with A and B, and its founders, P and Q, will stay on": a possessive opening a clause coordinated
 * to the first one owns what the first clause is about, its subject, not the last company that clause named as an
 * object. Null when the possessive does not open such a clause or the sentence has no subject company.
 */
export function coordinatedClauseSubject(tokens: Token[], i: number, units: Unit[]): number | null {
  if (!CLAUSE_COORDINATORS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 2]?.text !== ',') return null;
  return firstOrgIn(units);
}
