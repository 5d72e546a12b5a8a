import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import { isOblique } from '../syntax';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isPersonAt, wordAt } from './founders-clause';

/**
 * A head's post told as the second predicate of a sentence whose first one named the company: "P started the
 * company in 1998 … and has been its managing director ever since", "P launched Cellwatch in 2019 and remains its
 * boss", "Logiroute a été rachetée par Transalpe, et P en est resté le directeur général", "P a rejoint X en 2019
 * et en est aujourd'hui la présidente". The possessive or the clitic "en" of the second predicate takes up the
 * company of the first one — its subject or its object, never a name after a preposition ("with his wife", "par
 * Transalpe", "at AGH University") — rather than the article's company or the last name read.
 */

/** The conjunction that opens the second predicate. */
const AND = /^(and|et)$/;
/** Verbs of holding a post now, in the second predicate ("has been", "remains", "en est", "en reste"). */
const HOLDS_EN = /^(is|remains|has|serves)$/;
const HOLDS_FR = /^(est|reste|demeure)$/;
/** Words after the holding verb before the possessive or the article ("has since been", "est resté", "en est aujourd'hui"). */
const BETWEEN =
  /^(been|since|now|still|also|as|toujours|aujourd'hui|désormais|actuellement|resté|restée|devenu|devenue|depuis)$/;
/** The French article before the title after "en est" ("en est le directeur général"). */
const ARTICLE_FR = /^(le|la|l')$/;
/** What closes the title: a time, the clause's end. */
const CLOSE = /^([,;:.!?)»"]|since|depuis|ever|until|jusqu'à|en|in|from|and|et)$/;
/** A title with its own complement is another body's post ("its head of sales", "le directeur de l'usine"). */
const COMPLEMENT = /^(of|de|du|d'|des|at|chez|for|pour)$/;
/** Most words of the title. */
const MAX_TITLE_WORDS = 4;
/** Most units between the person opening the sentence and the conjunction. */
const MAX_FIRST_PREDICATE_UNITS = 40;

/**
 * Where the person's predicate starts: after a comma-closed apposition right after the person ("P, a former X
 * engineer, …"), after the comma closing the person's own apposition ("X's co-founder, P, launched …"), else p + 1.
 */
function predicateStart(units: Unit[], p: number): number {
  if (wordAt(units, p + 1) !== ',') return p + 1;
  if (wordAt(units, p - 1) === ',') return p + 2;
  for (let k = p + 2; k < units.length && k - p <= MAX_FIRST_PREDICATE_UNITS; k++)
    if (wordAt(units, k) === ',') return k + 1;
  return units.length;
}

/** The first company of the first predicate between `from` and `to` that no preposition governs, or -1. */
function firstPredicateCompany(units: Unit[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const u = units[k];
    if (u.kind === 'ent' && u.orgs && !u.persons && !isOblique(units, k)) return k;
  }
  return -1;
}

/** The leader's title from `k` to its close, or null when there is none or it has a complement of its own. */
function titleFrom(units: Unit[], k: number): string | null {
  const title: string[] = [];
  for (; k < units.length && title.length <= MAX_TITLE_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') return null;
    const w = u.token.lower;
    if (COMPLEMENT.test(w)) return null;
    if (CLOSE.test(w) && title.length > 0) break;
    title.push(w);
  }
  const text = title.join(' ');
  return title.length > 0 && title.length <= MAX_TITLE_WORDS && isLeaderTitle(text) ? text : null;
}

/**
 * The unit the title starts at after the holding verb at `v`: English "its" (a possessive unit) or French "en …
 * le", with the words of time between. -1 when the predicate is not a post held.
 */
function titleStartAfterHolding(units: Unit[], v: number, french: boolean): number {
  let k = v + 1;
  while (k < units.length && BETWEEN.test(wordAt(units, k) ?? '')) k++;
  if (french) return ARTICLE_FR.test(wordAt(units, k) ?? '') ? k + 1 : -1;
  const u = units[k];
  return u?.kind === 'ent' && u.anaphor && u.orgs ? k + 1 : -1;
}

/** Punctuation after which a new clause, with a subject of its own, starts. */
const CLAUSE_BREAK = /^(:|;)$/;

/** The first person between `from` and `to` that no preposition governs, or -1. */
function subjectPersonIn(units: Unit[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isPersonAt(units, k) && !isOblique(units, k)) return k;
  return -1;
}

/** Readings of "…, and (P) has been its chief executive" / "…, et (P) en est le directeur général". */
export function readCoordinatedPost(units: Unit[]): Captures[] {
  const opening = units.findIndex((u) => u.kind === 'ent');
  if (opening < 0) return [];
  // "P is not the only founder: X's co-founder, Q, launched …": a colon or semicolon opens another clause
  let clause = 0;
  for (let a = opening + 1; a < units.length && a - opening <= MAX_FIRST_PREDICATE_UNITS; a++) {
    if (CLAUSE_BREAK.test(wordAt(units, a) ?? '')) clause = a + 1;
    if (!AND.test(wordAt(units, a) ?? '')) continue;
    // the clause's subject person: the first person no preposition governs ("X's co-founder, P, launched …")
    const first = subjectPersonIn(units, clause, a);
    // the second predicate's own subject ("…, et P en est resté …"), else the person opening the sentence
    const own = isPersonAt(units, a + 1);
    const p = own ? a + 1 : first;
    if (!own && (p < 0 || p > a)) continue;
    let v = own ? a + 2 : a + 1;
    const french = wordAt(units, v) === 'en';
    if (french) v++;
    if (!(french ? HOLDS_FR : HOLDS_EN).test(wordAt(units, v) ?? '')) continue;
    const t = titleStartAfterHolding(units, v, french);
    if (t < 0 || titleFrom(units, t) === null) continue;
    const org = firstPredicateCompany(units, own ? clause : predicateStart(units, p), a);
    if (org < 0) continue;
    return [
      {
        p: idsAt(units, p),
        org: idsAt(units, org),
        '#p': [p],
        '#org': [org],
        [MATCH_START]: [Math.min(p, org)],
      },
    ];
  }
  return [];
}

/** Level with the other frame readers, below every pattern rule. */
const COORDINATED_POST_CONFIDENCE = 0.65;

export const COORDINATED_POST_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.coordinated-post',
    type: 'LEADS',
    read: readCoordinatedPost,
    // every reading stands on the conjunction opening the second predicate
    neededWords: ['and', 'et'],
    source: 'p',
    target: 'org',
    confidence: COORDINATED_POST_CONFIDENCE,
  },
];
