import type { Unit } from '../pattern';
import { isOblique } from '../syntax';
import type { SubjectReading } from './founders-clause';
import { idsAt, isPersonAt, wordAt } from './founders-clause';
import { ADVERB, AUXILIARY, NEGATION } from './founders-words';

/**
 * "P left X in 2021 and the following year co-founded Y", "P ran sales until 2021 and founded Y", "P a quitté X en
 * 2019 et a créé l'année suivante Y": a verb of founding that opens the second predicate of a sentence has the
 * sentence's subject as its own, though a time phrase ("the following year", "two years later", "l'année
 * suivante") stands between the conjunction and the verb. The person is the clause's first one no preposition
 * governs, and no other person may stand between it and the conjunction (a second person there may be the subject
 * of the predicate the conjunction closes).
 */

/** The conjunctions that open a second predicate. */
const AND = /^(and|et|puis)$/;
/**
 * Words of a time phrase between the conjunction and the verb: "the following year", "a year later", "two years
 * later", "in 2022", "l'année suivante", "deux ans plus tard", "en 2022".
 */
const TIME_WORD =
  /^(the|a|one|two|three|four|five|following|next|year|years|month|months|later|in|l'|un|une|deux|trois|quatre|cinq|année|an|ans|mois|suivante|suivant|plus|tard|en|,|\d{4})$/;
/** Most units stepped back over from the verb to the conjunction. */
const MAX_STEP_BACK_UNITS = 8;
/** Punctuation after which a new clause, with a subject of its own, starts. */
const CLAUSE_BREAK = /^(:|;)$/;

/** The index of the conjunction before the verb at `t` once a verb group and a time phrase are stepped over, or -1. */
function conjunctionBefore(units: Unit[], t: number): { at: number; negated: boolean } | null {
  let negated = false;
  for (let k = t - 1; k >= 0 && t - k <= MAX_STEP_BACK_UNITS; k--) {
    const w = wordAt(units, k);
    if (w === null) return null;
    if (AND.test(w)) return { at: k, negated };
    if (NEGATION.test(w)) negated = true;
    else if (!AUXILIARY.test(w) && !ADVERB.test(w) && !TIME_WORD.test(w)) return null;
  }
  return null;
}

/** The subject of a verb of founding at `t` that opens a sentence's second predicate, or null. */
export function coordinatedSubject(units: Unit[], t: number): SubjectReading | null {
  const and = conjunctionBefore(units, t);
  if (and === null) return null;
  let clause = 0;
  for (let k = and.at - 1; k >= 0; k--)
    if (CLAUSE_BREAK.test(wordAt(units, k) ?? '')) {
      clause = k + 1;
      break;
    }
  const people: number[] = [];
  for (let k = clause; k < and.at; k++) if (isPersonAt(units, k) && !isOblique(units, k)) people.push(k);
  if (people.length !== 1) return null;
  const p = people[0];
  // the person must be the clause's subject: nothing but words before it, or a possessor's apposition
  // ("Okafor's former deputy, P, left …")
  const before = units.slice(clause, p);
  if (before.some((u) => u.kind === 'ent' && u.orgs && !u.anaphor && wordAt(units, p - 1) !== ','))
    return null;
  return { ids: idsAt(units, p), at: p, negated: and.negated };
}
