import type { Unit } from '../pattern';
import { wordAt } from './clause';

/**
 * Whether the money a funding phrase tells is the rest of a financing whose first share the clause's subject gave:
 * "Le fonds A apporte 8 M€, le reste étant couvert par un emprunt auprès de la banque B", "A put in $20 million,
 * and the balance came from a term loan provided by B". The lender there funds the company A invests in, never A;
 * `../funded-target.ts` then skips a subject that took a share as it does for the rules that read only the rest
 * (`subjectTookShare`). A rest noun after an article and before the funding phrase is the sign; "le reste du prix"
 * is a price, which the funding readers refuse on their own.
 */

/** Nouns of the part of the money left after a first share, both languages. */
const REST_NOUNS = /^(solde|reste|complément|remainder|rest|balance)$/u;
/** Articles a rest noun follows ("le solde", "the balance"). */
const REST_ARTICLES = /^(le|the)$/u;

/** Whether a rest noun stands between the sentence's first name and `end` (the funding phrase's first unit). */
export function restToldBefore(units: readonly Unit[], end: number): boolean {
  const first = units.findIndex((u) => u.kind === 'ent');
  if (first < 0 || first >= end) return false;
  for (let k = first + 1; k < end; k++)
    if (REST_NOUNS.test(wordAt(units, k)) && REST_ARTICLES.test(wordAt(units, k - 1))) return true;
  return false;
}
