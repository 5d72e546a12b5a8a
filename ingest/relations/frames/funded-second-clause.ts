import type { Unit } from '../pattern';
import { isTok } from './funded-clause';

/**
 * A second clause joined by ", et" / ", and" with a subject of its own: "Bpifrance apporte un prêt de 3,5 M€, et
 * le Conseil européen de l'innovation a accordé à la société une subvention", "X has agreed to lend the company
 * £50m, and Innovate UK awarded it a grant". The name opening it is that clause's giver, never the company the
 * first clause funds: a reader looking for that company past the conjunction must stop there. A list goes on
 * instead when no verb follows the name ("…, et le fonds B" closing a list of givers).
 */

/** Conjunctions that may open a second clause after a comma. */
const COORDINATOR = /^(et|and)$/;
/** Words before the subject's name ("le", "la banque", "the state lender"). */
const SUBJECT_LEAD = /^(le|la|l'|les|the)$/;
/** Most lower-case descriptor words between the determiner and the subject's name ("la banque publique"). */
const MAX_DESCRIPTOR_WORDS = 3;
/**
 * The first word of a verb group right after a subject: auxiliaries, modals, clitics, adverbs and the verbs of
 * giving money a second giver's clause is told with.
 */
const VERB_GROUP_OPENER =
  /^(a|ont|avait|avaient|aura|auront|va|vont|vient|viennent|lui|leur|y|en|has|have|had|will|would|also|aussi|également|then|apporte|apportent|apportera|accorde|accordent|accordera|octroie|octroient|verse|versent|investit|investissent|injecte|injectent|prête|prêtent|finance|financent|souscrit|souscrivent|awarded|granted|lent|provided|extended|invested|injected|subscribed|put|puts|awards|grants|lends|provides|extends|invests)$/;

/** Unit `k` is ", et" / ", and" opening a clause whose own subject is named and followed by its verb. */
export function opensSecondClause(units: Unit[], k: number): boolean {
  if (!isTok(units, k, COORDINATOR) || !isTok(units, k - 1, /^,$/)) return false;
  let n = k + 1;
  if (isTok(units, n, SUBJECT_LEAD)) n++;
  for (let words = 0; words < MAX_DESCRIPTOR_WORDS && units[n]?.kind === 'tok'; words++) {
    const u = units[n];
    if (u.kind !== 'tok' || u.token.kind !== 'word' || u.token.text !== u.token.lower) return false;
    n++;
  }
  const subject = units[n];
  return subject?.kind === 'ent' && subject.orgs && isTok(units, n + 1, VERB_GROUP_OPENER);
}
