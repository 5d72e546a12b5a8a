import type { Unit } from '../pattern';
import { isTok } from './funded-clause';

/**
 * A clause whose subject is the money or the deal, not a company: "La dette est apportée par A et B", "The equity
 * portion came from A", "L'opération a été financée par un financement bancaire apporté par A", "The acquisition
 * is funded from cash and a new term loan from A". The company funded is the one the article is about (the buyer
 * when the deal is a purchase), the only company such a clause can be about.
 */

/** Nouns of money as the head of a clause's subject (not a round: "l'amorçage avait été apporté par A" in a
 * round-up may be any company's). */
const MONEY_HEAD =
  /^(dette|dettes|prêt|prêts|crédit|emprunt|capital|somme|montant|enveloppe|reste|solde|complément|debt|loan|loans|facility|equity|portion|tranche|money|cash|sum|amount|rest|remainder|balance)$/;
/** Nouns of a deal that money pays for: its money goes to the buyer. */
const DEAL_HEAD = /^(opération|acquisition|rachat|reprise|transaction|deal|purchase|takeover|buyout)$/;
/** Words that may stand before the head noun ("the equity portion", "la dette senior", "L'"). */
const SUBJECT_OPENER = /^(le|la|l'|les|the|this|ce|cette|cet|un|une|a|an)$/;
/** Words between the determiner and the head noun ("the remaining equity portion"). */
const MAX_WORDS_TO_HEAD = 2;

/** Numbers and currency signs of an amount inside the subject ("4", "2,5", "€", "$"). */
const MONEY_TOKEN = /^([\d.,]+|€|\$|£|%)$/;

/** What the subject of a clause is when it is no company: the money, or a deal the money pays for. */
export type MoneySubject = 'money' | 'deal';

/** What may stand before a subject that opens a clause of its own ("…, and the rest came from A"). */
const CLAUSE_JOIN = /^(,|and|et|while|whereas|but|mais|que)$/;

/**
 * The clause of unit `t` (opening at `cs`) has the money or the deal as subject: a determiner that opens the clause
 * or follows a conjunction, then within a couple of lower-case words a money or deal noun, up to `t` (the trigger
 * noun may be that head itself), and nothing but lower-case words between it and `t`.
 */
export function moneySubject(units: Unit[], cs: number, t: number): MoneySubject | null {
  // the clause's own opening, or a subject just before the trigger after a conjunction
  const near = Math.max(cs + 1, t - MAX_WORDS_TO_HEAD - 1);
  for (const d of [cs, ...Array.from({ length: Math.max(0, t - near) }, (_, i) => near + i)]) {
    if (!isTok(units, d, SUBJECT_OPENER) || (d > cs && !isTok(units, d - 1, CLAUSE_JOIN))) continue;
    let kind: MoneySubject | null = null;
    for (let k = d + 1; k <= t; k++) {
      const u = units[k];
      // "Une dette bancaire de 4 millions d'euros a été arrangée": the amount may stand in the subject
      if (u.kind !== 'tok' || (u.token.kind !== 'word' && !MONEY_TOKEN.test(u.token.text))) return null;
      if (kind === null && k - d <= MAX_WORDS_TO_HEAD + 1)
        kind = MONEY_HEAD.test(u.token.lower) ? 'money' : DEAL_HEAD.test(u.token.lower) ? 'deal' : null;
    }
    return kind;
  }
  return null;
}

/** Verbs that say where money came from when the subject is money ("the rest came from A", "le reste venant de A"). */
export const CAME_FROM = /^(came|comes|come|coming|venant|vient|viennent|provient|proviennent|provenant)$/;
