import type { Captures, Unit } from '../pattern';
import { financesDeal } from './funded-deal-financing';

/**
 * A backer told with no company in a sentence about a loan ("Côté dette, A et B ont accordé un prêt syndiqué de
 * 10 M€", "Debt financing is provided by A") lends to the article's round company, not to whichever company the
 * sentence before named (an investor's past bet, a customer). Readings without a loan word keep the salience
 * topic: there the company just named is often the one meant. Nor a loan told with a takeover ("Pour accompagner la
 * reprise, Bpifrance apportera un prêt au site ligérien"): it may go to the company bought, which the headline's
 * buyer is not.
 */

/** Nouns of borrowed money, both languages. */
const DEBT_WORD =
  /^(prêt|prêts|emprunt|emprunts|dette|dettes|crédit|crédits|avance|avances|loan|loans|debt|credit|facility|facilities|borrowing|borrowings)$/u;

/** Nouns of a takeover whose financing the loan may be. */
const DEAL_WORD = /^(reprise|rachat|acquisition|acquisitions|takeover|buyout|purchase|cession|achat|lbo)$/u;

/** Whether the sentence names borrowed money, with no takeover it could finance. */
export function namesDebt(units: readonly Unit[]): boolean {
  // one pass, no word list built: two readers ask this of every sentence that passes their screen
  let debt = false;
  for (const u of units) {
    if (u.kind !== 'tok') continue;
    if (DEAL_WORD.test(u.token.lower)) return false;
    if (!debt && DEBT_WORD.test(u.token.lower)) debt = true;
  }
  return debt;
}

/** The readings of `read` on loan sentences only (`debt` true) or on the others. */
export function onDebtSentences(
  read: (units: Unit[]) => Captures[],
  debt: boolean,
): (units: Unit[]) => Captures[] {
  // a loan told as a deal's financing lends to the deal's buyer, not to the article's company
  return (units) => (namesDebt(units) === debt && !(debt && financesDeal(units)) ? read(units) : []);
}
