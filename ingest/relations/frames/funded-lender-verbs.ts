import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { listRun } from '../pattern-list-member';
import { readerRules } from '../rule';
import { clauseStart, isTok } from './funded-clause';
import { lenderBeforeGroup, objectStart, verbGroupStart } from './funded-lender-reach';
import { financesDeal } from './funded-deal-financing';

/**
 * A lender or a grant body as the subject of a verb of lending, in either language: "Bpifrance apporte un prêt de
 * 3 M€", "la Région accorde une avance remboursable de 2 M€ à la nouvelle société", "la banque accordera un prêt
 * de 25 M€ à Y", "la BEI apporte 20 M€ sous forme de dette venture", "Bank of Ireland has extended the group a
 * €20m credit facility", "the EIB is lending the company a further €15m", "the EIB provided the company with €15m
 * in venture debt". A lender funds the borrower (GOLD-FORMAT, loan convention): the borrower named after the verb
 * or after "à / to"; a pointer ("the company", "lui") or no borrower at all leaves it to the article's round
 * company (`roundCompany`), as for the rules of `funded-fr-loans.ts`. The money must be told as a loan, an advance,
 * a credit line or a grant with an article or an amount ("accorde des prêts aux PME" tells a trade, not a deal),
 * except after a verb that means lending by itself ("is lending the company €15m").
 */

/**
 * Verbs of lending or granting money, any tense, both languages. "give" / "donner" read money only as here, with a
 * loan or grant noun after it ("Innovate UK gave the company a £750,000 grant"), as for every verb of the list.
 */
const LENDS =
  /^(gave|gives|give|giving|handed|donne|donnent|donnera|donné|accorde|accordent|accordera|accorderont|accordé|accorder|octroie|octroient|octroiera|octroyé|octroyer|consent|consentent|consentira|consenti|consentir|apporte|apportent|apportera|apporté|apporter|attribue|attribuent|attribuera|attribué|attribuer|alloue|allouent|allouera|alloué|allouer|fournit|fournissent|fournira|fourni|fournir|prête|prêtent|prêtera|prêté|prêter|extend|extends|extended|extending|provide|provides|provided|providing|grant|grants|granted|granting|award|awards|awarded|awarding|lend|lends|lent|lending|loaned|advanced)$/u;
/** Verbs that tell a loan without a loan noun ("is lending the company €15m"). */
const LENDS_MONEY = /^(prête|prêtent|prêtera|prêté|prêter|lend|lends|lent|lending|loaned)$/;
/** Nouns of lent or granted money. */
const LOAN =
  /^(prêt|prêts|avance|avances|crédit|crédits|emprunt|dette|ligne|subvention|subventions|loan|loans|debt|credit|facility|line|grant|venture-debt|financement|financing)$/;
/** "une aide de 900 000 euros": help, which is money only with an amount right after it ("apporte son aide"). */
const AID = /^(aide|aides)$/;
/** Units after an aid noun within which its amount must be told. */
const MAX_AID_TO_AMOUNT = 3;
/** What opens the money told: an indefinite article, a currency sign or an amount. */
const OPENS_MONEY = /^(un|une|a|an|€|\$|£|\d[\d.,]*)$/;
/** Other words the money may open on: "with", "a further", a bound ("lend the company up to €20m", "about"). */
const OPENS_MONEY_TOO = /^(with|further|up|about|around|nearly|almost|jusqu'|jusqu'à|environ|près)$/;
/** Amount words: the money of a verb that lends by itself. */
const MONEY_WORD = /^(€|\$|£|millions?|milliards?|billions?|bn|mln|m|\d[\d.,]*m)$/;
/** Adverbs and adverbial phrases that may stand around the verb ("en outre", "pour sa part", "also"). */
const ADVERB =
  /^(also|already|separately|previously|additionally|then|now|en|outre|par|ailleurs|pour|sa|son|part|de|côté|également|aussi|déjà|quant|à|elle|lui)$/;
/** A denied loan ("n'accordera pas de prêt", "did not extend a loan"). */
const NEGATION = /^(ne|n'|pas|not|never|jamais|n't)$/;
/** "à / to" before the borrower. */
const TO = /^(à|au|aux|to)$/;
/** A borrower that makes the reading wrong for both rules. */
const NO_LENDING = -2;
/** "à la nouvelle société", "to the combined group": a company still to be born, not the article's. */
const NEW_COMPANY = /^(nouvelle|nouveau|nouvel|futur|future|combined|merged|new)$/;
/** Words that end the stretch of the loan's object: the borrower is no further. */
const OBJECT_END = /^([.;:,]|tandis|while|whereas|et|and|mais|but|qui|which|who|that|dont)$/;
/** Most units from the verb (or the borrower) to the loan noun ("a €20 million revolving credit facility"). */
const MAX_TO_LOAN = 7;
/** Most units from the loan noun to "à / to" ("de 2 millions d'euros à la nouvelle société"). */
const MAX_LOAN_TO_BORROWER = 8;
/** Most words between "à / to" and the borrower's name ("à sa filiale"). */
const MAX_TO_NAME_WORDS = 2;

/** The unit of the lender's name before the verb group of the verb at `t` (`funded-lender-reach.ts`), or -1. */
function lenderBefore(units: Unit[], t: number): number {
  // a negation ends the verb group, so a denied loan ("n'accordera pas") finds no lender
  return lenderBeforeGroup(units, verbGroupStart(units, t));
}

/** The loan noun within `max` units from `from`, the money opening right there, or -1. */
export function loanFrom(units: Unit[], from: number, max: number, lendsMoney: boolean): number {
  if (!isTok(units, from, OPENS_MONEY) && !isTok(units, from, OPENS_MONEY_TOO)) return -1;
  for (let k = from; k < units.length && k - from <= max; k++) {
    if (isTok(units, k, LOAN)) return k;
    if (isTok(units, k, AID) && hasAmount(units, k + 1)) return k;
    if (lendsMoney && isTok(units, k, MONEY_WORD)) return k;
    if (units[k].kind === 'ent' || isTok(units, k, /^[.;]$/)) return -1;
  }
  return -1;
}

/** An amount within a few units from `from` ("de 900 000 euros"). */
function hasAmount(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k - from <= MAX_AID_TO_AMOUNT; k++)
    if (isTok(units, k, /^\d[\d.,\s]*$/) || isTok(units, k, MONEY_WORD)) return true;
  return false;
}

/** The borrower named after "à / to" within the loan's object from `from`, or -1. */
function borrowerAfter(units: Unit[], from: number): number {
  for (let k = from; k < units.length && k - from <= MAX_LOAN_TO_BORROWER; k++) {
    if (isTok(units, k, OBJECT_END)) return -1;
    if (!isTok(units, k, TO)) continue;
    for (let j = k + 1; j <= k + 1 + MAX_TO_NAME_WORDS && j < units.length; j++) {
      if (units[j].kind === 'ent') return j;
      if (isTok(units, j, NEW_COMPANY)) return NO_LENDING;
      if (!isTok(units, j, /^[\p{L}']+$/u)) return -1;
    }
    return -1;
  }
  return -1;
}

interface Lending {
  lender: number;
  /** The borrower's unit, or -1 when none is named or it is only pointed at. */
  borrower: number;
}

/** The lender (with the names listed with it) and the borrower of the verb at `t`, or null. */
function lendingAt(units: Unit[], t: number): Lending | null {
  if (isTok(units, t + 1, NEGATION)) return null;
  const lender = lenderBefore(units, t);
  if (lender < 0 || lender < clauseStart(units, t, true)) return null;
  const lendsMoney = isTok(units, t, LENDS_MONEY);
  // "a accordé en 2024 à l'entreprise", "awarded it a grant": a time phrase, a pronoun for the borrower
  const object = objectStart(units, t + 1, (k) => isTok(units, k, ADVERB) && !isTok(units, k, TO));
  const a = object.at;
  if (object.pronoun)
    return loanFrom(units, a, MAX_TO_LOAN, lendsMoney) >= 0 ? { lender, borrower: -1 } : null;
  // "has extended the group a €20m facility", "provided the company with €15m in venture debt"
  if (units[a]?.kind === 'ent')
    return loanFrom(units, a + 1, MAX_TO_LOAN, lendsMoney) >= 0 ? { lender, borrower: a } : null;
  // "a accordé à Y un prêt", "accorde au groupe une ligne de crédit"
  if (isTok(units, a, TO)) {
    const named = borrowerAfter(units, a);
    return named >= 0 && loanFrom(units, named + 1, MAX_TO_LOAN, lendsMoney) >= 0
      ? { lender, borrower: named }
      : null;
  }
  const loan = loanFrom(units, a, MAX_TO_LOAN + 3, lendsMoney);
  const borrower = loan < 0 ? NO_LENDING : borrowerAfter(units, loan + 1);
  return borrower === NO_LENDING ? null : { lender, borrower };
}

function lendings(units: Unit[]): Lending[] {
  const out: Lending[] = [];
  for (let t = 1; t < units.length; t++) {
    if (!isTok(units, t, LENDS)) continue;
    const found = lendingAt(units, t);
    if (found !== null) out.push(found);
  }
  return out;
}

/** The lender's list ("le Crédit Mutuel Arkéa et la Caisse des dépôts ont accordé …") ending at `lender`. */
function lenders(units: Unit[], lender: number): number[] {
  const start = clauseStart(units, lender + 1, true);
  for (let k = start; k < lender; k++) {
    if (units[k].kind !== 'ent') continue;
    const run = listRun(units, k, 'any', false);
    if (run.end === lender + 1) return run.got;
  }
  return (units[lender] as { ents: number[] }).ents;
}

/**
 * The pointer at `b` stands for a company the sentence named before its lender ("Maple & Rye's lender, B,
 * extended a credit line to the company"): the sentence itself says which company, no guess from the article.
 */
function namedBefore(units: Unit[], b: number, lender: number): boolean {
  const pointed = (units[b] as { ents: number[] }).ents;
  // "A apporte un prêt, et B a accordé à la société une subvention": a lender of the sentence borrows nothing
  const lent = lendings(units).flatMap((l) => (units[l.lender] as { ents: number[] }).ents);
  if (pointed.length !== 1 || lent.includes(pointed[0])) return false;
  return units.some((u, k) => k < lender && u.kind === 'ent' && !u.anaphor && u.ents.includes(pointed[0]));
}

/** The borrower is told by name: it funds that company. */
function namedBorrower(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  for (const l of lendings(units)) {
    const b = units[l.borrower];
    if (b?.kind !== 'ent' || !b.orgs || (b.anaphor && !namedBefore(units, l.borrower, l.lender))) continue;
    const src = lenders(units, l.lender).filter((e) => !b.ents.includes(e));
    if (src.length === 0) continue;
    out.push({ src, '#src': [l.lender], tgt: b.ents, '#tgt': [l.borrower], [MATCH_START]: [l.lender] });
  }
  return out;
}

/**
 * Words that leave the borrower left out in doubt: a deal's buyer or target ("Pour accompagner la reprise,
 * Bpifrance apportera un prêt au site"), or a company still to be born ("… à la nouvelle société, tandis que B
 * apporte un prêt").
 */
const OTHER_BORROWER =
  /^(reprise|rachat|acquisition|takeover|purchase|buyout|fusion|merger|nouvelle|nouveau|nouvel|futur|future|combined|merged)$/;

/** The borrower is pointed at ("the company", "lui") or left out: the article's round company. */
function borrowerLeftToArticle(units: Unit[]): Captures[] {
  if (units.some((_, k) => isTok(units, k, OTHER_BORROWER)) || financesDeal(units)) return [];
  return lendings(units)
    .filter(
      (l) =>
        l.borrower < 0 ||
        ((units[l.borrower] as { anaphor: boolean }).anaphor && !namedBefore(units, l.borrower, l.lender)),
    )
    .map((l) => ({ src: lenders(units, l.lender), '#src': [l.lender], [MATCH_START]: [l.lender] }));
}

export const LENDER_VERB_FRAMES = readerRules([
  {
    id: 'any.funded.lender-verb',
    type: 'FUNDED',
    neededWordPattern: LENDS,
    read: namedBorrower,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'any.funded.lender-verb-topic',
    type: 'FUNDED',
    neededWordPattern: LENDS,
    read: borrowerLeftToArticle,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.55,
  },
]);
