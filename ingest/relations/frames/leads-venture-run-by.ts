import type { Captures, Unit } from '../pattern';
import type { ReaderRuleSpec } from '../rule';
import { MATCH_START } from '../pattern';
import { idsAt, isOrgAt, isPersonAt, wordAt } from './founders-clause';

/**
 * LEADS of a joint venture from the sentence that introduces it: "A and B set up Heatloop, a joint venture that
 * sells heat; the venture is run by P", "A and B set up a joint venture in Singapore, X, to be run by P". The head
 * is told after the venture's name, often through "the venture" or an infinitive with no subject, so no
 * company-and-participle pattern links it: the venture named in the sentence is the one run.
 */

/** Nouns of a company jointly set up. */
const VENTURE_NOUN = /^(venture|jv|joint-venture|coentreprise|co-entreprise)$/;
/** Words that open the venture noun apposed after its name ("X, a joint venture", "X, une coentreprise"). */
const APPOSED_OPENING = /^(a|an|une|the|la|50-50|50\/50|joint)$/;
/** Most units between the venture noun and the comma before the name ("a joint venture in Singapore, X"). */
const MAX_NOUN_TO_NAME_UNITS = 8;
/** Participles of running a company; "led" only after a form of "be", which excludes a round led by someone. */
const RUN = /^(run|led|headed|managed|dirigée|dirigé|pilotée|piloté|présidée|présidé)$/;
/** The form of "be" just before the participle: present, future or infinitive; a past one tells a former head. */
const BE = /^(be|is|been|est|sera|être|seront|sont)$/;
const BY = /^(by|par)$/;
/** Most units after the venture's name where its head may be told (past its relative clause). */
const MAX_HEAD_DISTANCE_UNITS = 30;
/** Most units of a title before the head's name ("Marubeni veteran", "Mitsui's", "un ancien de"). */
const MAX_TITLE_UNITS = 3;
/** Punctuation that ends the sentence part where the venture is still the topic. */
const END = /^[.!?]$/;

export const VENTURE_HEAD_NEEDED_WORDS: readonly string[] = [
  'venture',
  'jv',
  'joint-venture',
  'coentreprise',
  'co-entreprise',
];

/** Whether the name at `j` has the venture noun apposed after it ("X, a joint venture"). */
function nounAfter(units: Unit[], j: number): boolean {
  if (wordAt(units, j + 1) !== ',') return false;
  for (let k = j + 2; k <= j + 5; k++) {
    const w = wordAt(units, k) ?? '';
    if (VENTURE_NOUN.test(w)) return true;
    if (!APPOSED_OPENING.test(w)) return false;
  }
  return false;
}

/** Whether the name at `j` closes a description opened by the venture noun ("une coentreprise, X"). */
function nounBefore(units: Unit[], j: number): boolean {
  if (wordAt(units, j - 1) !== ',') return false;
  for (let k = j - 2; k >= 0 && j - k <= MAX_NOUN_TO_NAME_UNITS; k--) {
    const w = wordAt(units, k);
    if (w !== null && VENTURE_NOUN.test(w)) return true;
    if (w !== null && /^[,;:.()]$/.test(w)) return false;
  }
  return false;
}

/** The person after "by"/"par" at `k`, past a short title that may hold a company ("by Marubeni veteran P"). */
function headAfter(units: Unit[], k: number): number {
  for (let j = k; j < units.length && j - k <= MAX_TITLE_UNITS; j++) {
    if (isPersonAt(units, j)) return j;
    const w = wordAt(units, j);
    if (w !== null && (w === ',' || END.test(w) || w === ';')) return -1;
  }
  return -1;
}

/** The head told after the venture's name at `j`, or -1; another company as subject of the participle ends it. */
function headOfVenture(units: Unit[], j: number): number {
  for (let t = j + 1; t < units.length && t - j <= MAX_HEAD_DISTANCE_UNITS; t++) {
    const w = wordAt(units, t);
    if (w !== null && END.test(w)) return -1;
    if (w === null || !RUN.test(w) || !BY.test(wordAt(units, t + 1) ?? '')) continue;
    if (!BE.test(wordAt(units, t - 1) ?? '')) continue;
    // "…; Nordvik is run by P": a company right before the verb is its subject, not the venture
    let s = t - 2;
    while (s > j && /^(will|sera|is|has|a|also|still|now|aussi|désormais|to)$/.test(wordAt(units, s) ?? ''))
      s--;
    const subject = units[s];
    if (s > j && subject?.kind === 'ent' && !subject.anaphor) return -1;
    return headAfter(units, t + 2);
  }
  return -1;
}

function readVentureHead(units: Unit[]): Captures[] {
  const out: Captures[] = [];
  units.forEach((u, j) => {
    if (u.kind !== 'ent' || u.anaphor || !isOrgAt(units, j)) return;
    if (!nounAfter(units, j) && !nounBefore(units, j)) return;
    const p = headOfVenture(units, j);
    if (p >= 0)
      out.push({ p: idsAt(units, p), '#p': [p], org: idsAt(units, j), '#org': [j], [MATCH_START]: [j] });
  });
  return out;
}

export const VENTURE_HEAD_FRAMES: ReaderRuleSpec[] = [
  {
    id: 'frame.leads.venture-run-by',
    type: 'LEADS',
    read: readVentureHead,
    neededWords: VENTURE_HEAD_NEEDED_WORDS,
    source: 'p',
    target: 'org',
    // level with the other frame readers, below every pattern rule
    confidence: 0.65,
  },
];
