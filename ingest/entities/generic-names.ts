import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { LEGAL_FORMS } from './lexicon-common';

/**
 * Capitalised phrases made only of generic corporate nouns: filings and press releases capitalise their defined
 * terms and headings ("the Company", "the Partnership", "Board of Directors", "Audit Committee", "Merger
 * Agreement", "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS"). With no word of its own such a phrase refers back to
 * a company named elsewhere or to a document, and names nothing itself.
 */

/** A company's organs and papers: generic alone, and a prefix before "of X" ("Board of Directors of X"). */
const ORGANS_AND_PAPERS = [
  'board',
  'directors',
  'governors',
  'trustees',
  'committee',
  'audit',
  'compensation',
  'nominating',
  'governance',
  'agreement',
  'plan',
  'section',
  'form',
  'report',
  'notes',
  'statements',
];

const GENERIC_CORPORATE_WORDS = new Set([
  // the company and its parts, as defined terms
  'company',
  'companies',
  'corporation',
  'partnership',
  'registrant',
  'issuer',
  'borrower',
  'subsidiary',
  'subsidiaries',
  'holdings',
  'partners',
  'business',
  'owner',
  'division',
  'parent',
  'bank',
  'trust',
  'fund',
  'group',
  ...ORGANS_AND_PAPERS,
  // words of document headings that name no organ or paper of their own
  'management',
  'act',
  'statement',
  'consolidated',
  'financial',
  'selected',
  'data',
  'current',
  'annual',
  'quarterly',
  'merger',
  'acquisition',
  'stock',
  'common',
  'preferred',
  'shares',
  'credit',
  'facility',
  'limited',
  'international',
]);
/** Function words that may stand between generic nouns ("Board of Directors", "Notes to …"). */
const GLUE_WORDS = new Set(['of', 'the', 'and', '&', 'to', 'for', 'on']);

/** True when every word of the candidate is a generic corporate noun, a legal form or glue between them. */
export function isGenericCorporatePhrase(tokens: Token[], c: Candidate): boolean {
  let nouns = 0;
  for (let i = c.from; i < c.to; i++) {
    const w = tokens[i].lower.replace(/\.$/, '');
    if (GLUE_WORDS.has(w)) continue;
    if (!GENERIC_CORPORATE_WORDS.has(w) && !LEGAL_FORMS.has(w)) return false;
    nouns++;
  }
  return nouns > 0;
}

/** Nouns of a company's organs and papers, which "of" ties to the company: "Board of Directors of X". */
const GOVERNANCE_AND_DOCUMENT_WORDS = new Set(ORGANS_AND_PAPERS);

/**
 * "Board of Directors of X Corp", "Audit Committee of X": where the run opens with organs or papers of a company
 * and "of", the index of the company's first token; otherwise `from`. "Bank of X" is no such prefix.
 */
export function governancePrefixEnd(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const w = tokens[i].lower;
    if (w === 'of' && i > from) {
      const next = tokens[i + 1];
      if (next && i + 1 < to && !GOVERNANCE_AND_DOCUMENT_WORDS.has(next.lower)) return i + 1;
      continue;
    }
    if (!GOVERNANCE_AND_DOCUMENT_WORDS.has(w)) return from;
  }
  return from;
}

/** Organs a release names after the company: "will join the Corvantis Board of Directors". */
const GOVERNANCE_TAILS = [
  ['board', 'of', 'directors'],
  ['board', 'of', 'trustees'],
  ['supervisory', 'board'],
];

/** "the X Board of Directors": the index where a company's organ starts after its name, or `to`. */
export function governanceTailStart(tokens: Token[], from: number, to: number): number {
  for (const tail of GOVERNANCE_TAILS) {
    const at = to - tail.length;
    if (at <= from) continue;
    if (tail.every((w, k) => tokens[at + k].lower === w)) return at;
  }
  return to;
}

/** Words a filing sets before a name without being part of it: a defined term, or a table of contents' heading. */
const LEADING_FILING_WORDS = new Set([
  'registrant',
  'company',
  'partnership',
  'issuer',
  'borrower',
  'contents',
]);

/**
 * "Registrant and X Corporation", "Contents X CORPORATION": where the run opens with a filing's defined term
 * and "and", or with the contents heading, the index of the name's first token; otherwise `from`.
 */
export function filingLeadEnd(tokens: Token[], from: number, to: number): number {
  const w = tokens[from]?.lower;
  if (w === undefined || !LEADING_FILING_WORDS.has(w)) return from;
  if (tokens[from + 1]?.lower === 'and' && from + 2 < to) return from + 2;
  return w === 'contents' && from + 1 < to ? from + 1 : from;
}

/** A filing's heading or defined term that no shouted name takes in ("CONTENTS", "REGISTRANT"); not "COMPANY". */
export function isFilingLeadWord(lower: string): boolean {
  return lower === 'contents' || lower === 'registrant';
}
