import type { Captures, Unit } from '../pattern';

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
  const words = units.flatMap((u) => (u.kind === 'tok' ? [u.token.lower] : []));
  return words.some((w) => DEBT_WORD.test(w)) && !words.some((w) => DEAL_WORD.test(w));
}

/** The readings of `read` on loan sentences only (`debt` true) or on the others. */
export function onDebtSentences(
  read: (units: Unit[]) => Captures[],
  debt: boolean,
): (units: Unit[]) => Captures[] {
  return (units) => (namesDebt(units) === debt ? read(units) : []);
}
