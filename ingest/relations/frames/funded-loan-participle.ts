import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { readerRules } from '../rule';
import { isTok, listFrom } from './funded-clause';
import { sentenceClauseEnd } from './funded-giver';

/**
 * A loan told by its noun, then by a participle of lending with the borrower between it and the lenders: "un prêt
 * de 30 M€ sur sept ans accordé au groupe par A et B", "un prêt de 2 M€ consenti à Y par la banque B", "a £30m loan
 * granted to the company by A". The participle describes the loan, its agent lends it (GOLD-FORMAT, loan
 * convention) and the dative names who borrows: a company by name, else (a pointer) the article's round company.
 * Without a dative the pattern rules (`fr.funded.loan-granted-by`, the English loan rules) read the sentence.
 */

/** Nouns of lent or granted money. */
const LOAN =
  /^(prêt|prêts|crédit|crédits|emprunt|dette|avance|avances|subvention|ligne|financement|loan|loans|facility|credit|grant|debt)$/;
/** Participles of lending, both languages. */
const LENT =
  /^(accordé|accordée|accordés|accordées|consenti|consentie|consentis|octroyé|octroyée|octroyés|apporté|apportée|attribué|attribuée|versé|versée|arrangé|arrangée|granted|extended|provided|arranged|lent|awarded|advanced)$/;
/** The words of the neededWordPattern: the participle is what every reading starts from. */
export const LOAN_PARTICIPLE_START_WORDS = LENT;
/** "à / au / to" before the borrower. */
const TO = /^(à|au|aux|to)$/;
/** Pronouns for the borrower that no pointer resolved. */
const PRONOUN = /^(it|them)$/;
/** "par / by" before the lenders. */
const BY = /^(par|by)$/;
/** Determiners and descriptor words before a name ("à la société", "par la banque publique B"). */
const LEAD_WORD = /^(le|la|l'|les|the|a|an|sa|son|its)$/;
/** Most units from the loan noun to its participle ("de 30 millions d'euros sur sept ans"). */
const MAX_LOAN_TO_PARTICIPLE = 10;
/** Most lower-case words between "par / by" and the first lender's name ("par le fonds régional A"). */
const MAX_LENDER_DESCRIPTOR = 3;

interface LoanReading {
  lenders: number[];
  /** The borrower's unit, a name or a pointer. */
  borrower: number;
}

/** The loan noun before the participle at `t`, within its clause, or -1. */
function loanBefore(units: Unit[], t: number): number {
  for (let k = t - 1; k >= 0 && t - k <= MAX_LOAN_TO_PARTICIPLE; k--) {
    if (isTok(units, k, LOAN)) return k;
    if (units[k].kind === 'ent' || isTok(units, k, /^[.;:,]$/)) return -1;
  }
  return -1;
}

/** The first lender's unit after "par / by" at `by`, past a determiner and descriptor words, or -1. */
function firstLender(units: Unit[], by: number): number {
  for (let k = by + 1; k < units.length && k - by <= MAX_LENDER_DESCRIPTOR + 1; k++) {
    const u = units[k];
    if (u.kind === 'ent') return u.orgs && !u.anaphor ? k : -1;
    if (u.token.kind !== 'word' || u.token.text !== u.token.lower) return -1;
  }
  return -1;
}

function readings(units: Unit[]): LoanReading[] {
  const out: LoanReading[] = [];
  for (let t = 1; t < units.length; t++) {
    if (!isTok(units, t, LENT) || loanBefore(units, t) < 0 || !isTok(units, t + 1, TO)) continue;
    // "granted to it by A": an unresolved pronoun still points at the company
    const pronoun = isTok(units, t + 2, PRONOUN);
    const borrower = pronoun ? t + 2 : isTok(units, t + 2, LEAD_WORD) ? t + 3 : t + 2;
    const b = units[borrower];
    if (!pronoun && (b?.kind !== 'ent' || !b.orgs)) continue;
    if (!isTok(units, borrower + 1, BY)) continue;
    const first = firstLender(units, borrower + 1);
    if (first < 0) continue;
    const lenders = listFrom(units, first, sentenceClauseEnd(units, first));
    out.push({ lenders, borrower });
  }
  return out;
}

/** The borrower's unit is a pointer or a pronoun word, not a name. */
function pointerOrPronoun(units: Unit[], k: number): boolean {
  const u = units[k];
  return u.kind === 'tok' || u.anaphor;
}

function entsOf(units: Unit[], at: number[]): number[] {
  return at.flatMap((k) => (units[k] as { ents: number[] }).ents);
}

/** The borrower is named: it is the company funded. */
function namedBorrower(units: Unit[]): Captures[] {
  return readings(units)
    .filter((r) => !pointerOrPronoun(units, r.borrower))
    .map((r) => {
      const tgt = entsOf(units, [r.borrower]);
      const src = entsOf(units, r.lenders).filter((e) => !tgt.includes(e));
      return { src, '#src': [r.lenders[0]], tgt, '#tgt': [r.borrower], [MATCH_START]: [r.borrower] };
    })
    .filter((c) => c.src.length > 0);
}

/** The borrower is pointed at ("au groupe", "to the company"): the article's round company. */
function pointedBorrower(units: Unit[]): Captures[] {
  return readings(units)
    .filter((r) => pointerOrPronoun(units, r.borrower))
    .map((r) => ({ src: entsOf(units, r.lenders), '#src': [r.lenders[0]], [MATCH_START]: [r.lenders[0]] }));
}

export const LOAN_PARTICIPLE_FRAMES = readerRules([
  {
    id: 'any.funded.loan-participle',
    type: 'FUNDED',
    neededWordPattern: LOAN_PARTICIPLE_START_WORDS,
    read: namedBorrower,
    source: 'src',
    target: 'tgt',
    confidence: 0.6,
  },
  {
    id: 'any.funded.loan-participle-topic',
    type: 'FUNDED',
    neededWordPattern: LOAN_PARTICIPLE_START_WORDS,
    read: pointedBorrower,
    source: 'src',
    target: 'topic',
    topicTarget: true,
    roundCompany: true,
    confidence: 0.55,
  },
]);
