import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';

/**
 * LEADS told as a clause of its own once the company is known: "Kamau is chief executive.", "Raman is the
 * company's CEO.", "Finch remains its chairman.", "P reste présidente." The person opens the clause, a copula and
 * a bare title follow, and the clause ends there: the post is the pointed company's, or the article's company's
 * when nothing in the sentence is a company. A post taken and still held reads the same with a pointer ("P became
 * its chief executive in 2022", "P has been its managing director since 2016", "P est devenue sa directrice
 * générale"), in a clause of its own or one opened by "since / when / depuis que" after the main clause ("X has
 * been on an acquisition spree since P became its chief executive in 2022"): the pointer then names the company.
 */

/** Copulas of holding a post now (no past: "was chairman" is a former post). */
const COPULA = /^(is|remains|est|reste|demeure|serves|sert)$/;
/** Verbs of taking a post still held, read only with the pointer naming the company ("became its CEO"). */
const BECOMING = /^(became|becomes|devient)$/;
/** Two-word forms of a post taken or held since ("has been", "has become", "est devenue"), pointer only. */
const HELD_SINCE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(has|have)$/, /^(been|become)$/],
  [/^(est|sont)$/, /^(devenue?s?)$/],
];
/**
 * Words that open a subordinate clause whose subject may be the person, after the main clause ("…, since P became
 * its chief executive"; "depuis que P est devenue sa présidente"); pointer only.
 */
const SUBORDINATORS = /^(since|when|after|lorsque|quand|que|qu'|qu’)$/;
/** A year closing the title ("became its chief executive in 2022"). */
const YEAR = /^(19|20)\d\d$/;
/** Words between the copula and the title: determiners, "as", adverbs of time. */
const FILLER = /^(as|comme|the|le|la|l'|still|also|now|toujours|aussi|désormais|actuellement|currently)$/;
/** What may close the title: the sentence's end, a comma, a time. */
const CLOSE = /^([,;:.!?)»"]|since|depuis|and|et)$/;
/** Most words of the title. */
const MAX_TITLE_WORDS = 4;

interface CopulaTitle {
  person: number;
  /** The pointer naming whose post it is ("its", "the company's"), or -1. */
  pointer: number;
  /** Read only with a pointer: a becoming verb, a held-since form or a subordinate clause. */
  pointerOnly: boolean;
  /** The clause opens on a subordinator after the main clause ("…, since P became its CEO"). */
  subordinate: boolean;
}

/** Units of the verb after the person at `p`: 1 for a copula or a becoming verb, 2 for "has been", else 0. */
function verbUnits(units: Unit[], p: number): { length: number; pointerOnly: boolean } {
  const w = wordAt(units, p + 1) ?? '';
  if (COPULA.test(w) && !HELD_SINCE.some(([a, b]) => a.test(w) && b.test(wordAt(units, p + 2) ?? '')))
    return { length: 1, pointerOnly: false };
  if (BECOMING.test(w)) return { length: 1, pointerOnly: true };
  const held = HELD_SINCE.some(([a, b]) => a.test(w) && b.test(wordAt(units, p + 2) ?? ''));
  return { length: held ? 2 : 0, pointerOnly: true };
}

/** The title's end at `k`: punctuation, "since", "and", or "in 2022" / "en 2022". */
function closesAt(units: Unit[], k: number): boolean {
  const w = wordAt(units, k) ?? '';
  return CLOSE.test(w) || (/^(in|en)$/.test(w) && YEAR.test(wordAt(units, k + 1) ?? ''));
}

/** The person at `p` opens a clause "P is (its) chief executive." with a leader's title, else null. */
function copulaTitleAt(units: Unit[], p: number): CopulaTitle | null {
  if (!isPersonAt(units, p)) return null;
  // the clause opens on the person: sentence start, after a semicolon, or after a subordinator (pointer only)
  const before = wordAt(units, p - 1) ?? '';
  const subordinate = p > 0 && SUBORDINATORS.test(before);
  if (p > 0 && !/^(;|:)$/.test(before) && !subordinate) return null;
  const verb = verbUnits(units, p);
  if (verb.length === 0) return null;
  let k = p + 1 + verb.length;
  let pointer = -1;
  const title: string[] = [];
  for (; k < units.length && title.length < MAX_TITLE_WORDS; k++) {
    const u = units[k];
    if (u.kind === 'ent') {
      // "its", "the company's": a pointer before the title, nothing else
      if (!u.anaphor || !u.orgs || pointer >= 0 || title.length > 0) return null;
      pointer = k;
      if (wordAt(units, k + 1) === "'s") k++;
      continue;
    }
    const w = u.token.lower;
    if (closesAt(units, k)) break;
    if (/^(of|de|du|d'|at|chez|for|pour)$/.test(w)) return null;
    if (title.length === 0 && FILLER.test(w)) continue;
    title.push(w);
  }
  const closed = k >= units.length || closesAt(units, k);
  if (!closed || title.length === 0 || !isLeaderTitle(title.join(' '))) return null;
  return { person: p, pointer, pointerOnly: verb.pointerOnly || subordinate, subordinate };
}

/** "Raman is the company's CEO.", "Finch remains its chairman.": the pointer's company. */
export function readCopulaTitlePointer(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, p) => {
    const c = copulaTitleAt(units, p);
    if (!c || c.pointer < 0) return;
    const org = c.subordinate ? (mainSubjectBefore(units, p) ?? c.pointer) : c.pointer;
    out.push({
      p: idsAt(units, p),
      org: idsAt(units, org),
      '#p': [p],
      '#org': [org],
      [MATCH_START]: [p],
    });
  });
  return out;
}

/** Most units before the main clause's subject: a determiner and a describing word or two ("Le groupe X"). */
const MAX_UNITS_BEFORE_SUBJECT = 3;

/**
 * "The buyer has been on an acquisition spree since P became its chief executive": the possessive of a clause
 * opened after the main clause is the main clause's subject, the one company named before the subordinator `p - 1`
 * and opening the sentence; else null (the pointer's own reading stands).
 */
function mainSubjectBefore(units: Unit[], p: number): number | null {
  const orgs = units.slice(0, p).flatMap((_, k) => (isOrgAt(units, k) ? [k] : []));
  return orgs.length === 1 && orgs[0] <= MAX_UNITS_BEFORE_SUBJECT && idsAt(units, orgs[0]).length === 1
    ? orgs[0]
    : null;
}

/** "Kamau is chief executive.": the article's company, in a clause naming none. */
export function readCopulaTitleTopic(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, p) => {
    const c = copulaTitleAt(units, p);
    // the clause from the person on names no company ("…; Kamau is chief executive.")
    const named = units.slice(p).some((u) => u.kind === 'ent' && u.orgs);
    if (c && c.pointer < 0 && !c.pointerOnly && !named)
      out.push({ p: idsAt(units, p), '#p': [p], [MATCH_START]: [p] });
  });
  return out;
}

const COPULA_WORDS = ['is', 'remains', 'est', 'reste', 'demeure', 'serves', 'sert'];
/** The pointer reading also needs the becoming and held-since verbs. */
const POINTER_WORDS = [...COPULA_WORDS, 'became', 'becomes', 'devient', 'has', 'have', 'sont'];
/** Level with the other frame readers, below every pattern rule. */
const COPULA_TITLE_CONFIDENCE = 0.65;

export const COPULA_TITLE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.copula-title-pointer',
    type: 'LEADS',
    read: readCopulaTitlePointer,
    neededWords: POINTER_WORDS,
    source: 'p',
    target: 'org',
    confidence: COPULA_TITLE_CONFIDENCE,
  },
  {
    id: 'frame.leads.copula-title-topic',
    type: 'LEADS',
    read: readCopulaTitleTopic,
    neededWords: COPULA_WORDS,
    source: 'p',
    target: 'org',
    topicTarget: true,
    confidence: COPULA_TITLE_CONFIDENCE,
  },
];
