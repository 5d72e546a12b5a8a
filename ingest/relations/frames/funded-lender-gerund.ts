import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { isTok } from './funded-clause';
import { loanFrom } from './funded-lender-verbs';
import { timePhraseAt } from './funded-lender-reach';

/**
 * A lender told by a gerund of lending whose borrower is a pronoun: "La Métropole a soutenu l'installation de la
 * société en lui accordant une subvention de 500 000 euros", "The state backed the plant by granting it a $3m
 * loan". The gerund's subject is the sentence's subject, which lends (GOLD-FORMAT, loan convention); the pronoun
 * stands for the company the paragraph is about, left to the article's round company as for
 * `any.funded.lender-verb-topic`. Only a sentence opening on its subject's name, with no comma or relative pronoun
 * before the gerund, is read: anywhere else the gerund's subject is in doubt, and the reading is refused.
 */

/** Gerunds of lending or granting, both languages. */
const LENDING_GERUND =
  /^(accordant|octroyant|consentant|apportant|attribuant|allouant|prêtant|versant|granting|lending|awarding|extending|providing|advancing)$/;
/** Gerunds that tell a loan without a loan noun ("by lending it $5m"). */
const LENDS_MONEY_GERUND = /^(prêtant|lending)$/;
/** The word opening the gerund ("en accordant", "by granting"). */
const GERUND_OPENER = /^(en|by)$/;
/** The pronoun for the borrower, between "en" and the gerund in French, after the gerund in English. */
const PRONOUN_BEFORE = /^(lui|leur)$/;
const PRONOUN_AFTER = /^(it|them)$/;
/** Words before the gerund that make its subject other than the sentence's first name. */
const OTHER_SUBJECT =
  /^([,;:(]|qui|which|who|that|dont|où|where|lequel|laquelle|while|tandis|mais|but|et|and)$/;
/** Units of the loan's object read past the pronoun ("une subvention", "a $3m loan"). */
const MAX_TO_LOAN = 7;
/** The words every reading starts from. */
export const LENDER_GERUND_START_WORDS = LENDING_GERUND;

/** The unit of the sentence's subject when the sentence opens on a company's name (past a determiner), or -1. */
function openingSubject(units: Unit[]): number {
  const k = isTok(units, 0, /^(le|la|l'|les|the)$/) ? 1 : 0;
  const u = units[k];
  return u?.kind === 'ent' && u.orgs && !u.persons && !u.anaphor ? k : -1;
}

/** The unit where the money lent opens after the gerund at `t` and its pronoun, or -1 when no pronoun tells it. */
function moneyAfterPronoun(units: Unit[], t: number): number {
  const french = isTok(units, t - 1, PRONOUN_BEFORE) && isTok(units, t - 2, GERUND_OPENER);
  const english = isTok(units, t - 1, GERUND_OPENER) && isTok(units, t + 1, PRONOUN_AFTER);
  if (french) return t + 1 + timePhraseAt(units, t + 1);
  if (english) return t + 2 + timePhraseAt(units, t + 2);
  return -1;
}

function gerundLenders(units: Unit[]): Captures[] {
  const subject = openingSubject(units);
  if (subject < 0) return [];
  const out: Captures[] = [];
  for (let t = subject + 1; t < units.length; t++) {
    if (!isTok(units, t, LENDING_GERUND)) continue;
    const money = moneyAfterPronoun(units, t);
    if (money < 0) continue;
    if (units.slice(subject + 1, t).some((_, i) => isTok(units, subject + 1 + i, OTHER_SUBJECT))) continue;
    if (loanFrom(units, money, MAX_TO_LOAN, isTok(units, t, LENDS_MONEY_GERUND)) < 0) continue;
    const lender = units[subject] as { ents: number[] };
    out.push({ src: lender.ents, '#src': [subject], [MATCH_START]: [subject] });
  }
  return out;
}

export const LENDER_GERUND_FRAMES = readerRules([
  {
    id: 'any.funded.lender-gerund-topic',
    type: 'FUNDED',
    neededWordPattern: LENDER_GERUND_START_WORDS,
    read: gerundLenders,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.55,
  },
]);
