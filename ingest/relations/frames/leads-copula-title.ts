import type { Captures, Unit } from '../pattern';
import { MATCH_START } from '../pattern';
import { isLeaderTitle } from '../people';
import type { ReaderRuleSpec } from '../rule';
import { idsAt, isPersonAt, wordAt } from './founders-clause';

/**
 * LEADS told as a clause of its own once the company is known: "Kamau is chief executive.", "Raman is the
 * company's CEO.", "Finch remains its chairman.", "P reste présidente." The person opens the clause, a copula and
 * a bare title follow, and the clause ends there: the post is the pointed company's, or the article's company's
 * when nothing in the sentence is a company.
 */

/** Copulas of holding a post now (no past: "was chairman" is a former post). */
const COPULA = /^(is|remains|est|reste|demeure|serves|sert)$/;
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
}

/** The person at `p` opens a clause "P is (its) chief executive." with a leader's title, else null. */
function copulaTitleAt(units: Unit[], p: number): CopulaTitle | null {
  if (!isPersonAt(units, p)) return null;
  // the clause opens on the person: sentence start, or after a semicolon
  if (p > 0 && !/^(;|:)$/.test(wordAt(units, p - 1) ?? '')) return null;
  let k = p + 1;
  if (!COPULA.test(wordAt(units, k) ?? '')) return null;
  k++;
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
    if (CLOSE.test(w)) break;
    if (/^(of|de|du|d'|at|chez|for|pour)$/.test(w)) return null;
    if (title.length === 0 && FILLER.test(w)) continue;
    title.push(w);
  }
  const closed = k >= units.length || CLOSE.test(wordAt(units, k) ?? '');
  if (!closed || title.length === 0 || !isLeaderTitle(title.join(' '))) return null;
  return { person: p, pointer };
}

/** "Raman is the company's CEO.", "Finch remains its chairman.": the pointer's company. */
export function readCopulaTitlePointer(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, p) => {
    const c = copulaTitleAt(units, p);
    if (c && c.pointer >= 0)
      out.push({
        p: idsAt(units, p),
        org: idsAt(units, c.pointer),
        '#p': [p],
        '#org': [c.pointer],
        [MATCH_START]: [p],
      });
  });
  return out;
}

/** "Kamau is chief executive.": the article's company, in a clause naming none. */
export function readCopulaTitleTopic(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((_, p) => {
    const c = copulaTitleAt(units, p);
    // the clause from the person on names no company ("…; Kamau is chief executive.")
    const named = units.slice(p).some((u) => u.kind === 'ent' && u.orgs);
    if (c && c.pointer < 0 && !named) out.push({ p: idsAt(units, p), '#p': [p], [MATCH_START]: [p] });
  });
  return out;
}

const COPULA_WORDS = ['is', 'remains', 'est', 'reste', 'demeure', 'serves', 'sert'];
/** Level with the other frame readers, below every pattern rule. */
const COPULA_TITLE_CONFIDENCE = 0.65;

export const COPULA_TITLE_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.copula-title-pointer',
    type: 'LEADS',
    read: readCopulaTitlePointer,
    neededWords: COPULA_WORDS,
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
