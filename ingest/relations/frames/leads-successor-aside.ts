import type { Mention } from '../../resolve/mentions';
import type { Token } from '../../tokens';

/**
 * "Karen Ashdown, the group's finance chief, would replace him", "Ingrid Solheim, who runs its offshore unit, would
 * replace him", "Claire Martin, 47 ans, directrice financière, lui succédera": the press tells who the successor is
 * between the name and the verb of taking over. The subject is the person before the aside's opening comma; an aside
 * that names someone else (a person or a company) is left alone, since the subject may then be that name's clause.
 */

/** Most tokens of such an aside: a description or a short relative clause, not a clause of the sentence. */
const MAX_ASIDE_TOKENS = 14;
/** Marks no aside crosses: the end of a clause, a quote or a bracket. */
const ASIDE_BREAK = /^[;:.!?()«»"“”]$/u;

/**
 * The token index ending the person named before the comma at `comma`, right before it or before the aside it
 * closes (so the caller finds the successor there), or `comma` itself when no person stands there.
 */
export function successorBeforeAside(tokens: Token[], people: Mention[], comma: number): number {
  const named = (k: number) => people.some((m) => m.from <= k && k < m.to);
  // "Sa directrice financière, P, lui succédera": the comma closes an apposition the person ends
  if (people.some((m) => m.to - 1 === comma - 1)) return comma - 1;
  for (let k = comma - 1; k >= 0 && comma - k <= MAX_ASIDE_TOKENS; k--) {
    const w = tokens[k].lower;
    if (ASIDE_BREAK.test(w)) return comma;
    if (w !== ',') {
      if (named(k)) return comma;
      continue;
    }
    // the aside opens at this comma: the successor ends right before it
    if (k === comma - 1) return comma;
    return people.some((m) => m.to - 1 === k - 1) ? k - 1 : comma;
  }
  return comma;
}
