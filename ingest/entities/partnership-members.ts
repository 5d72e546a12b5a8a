import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { FIRST_NAMES } from './first-names';
import { LEGAL_FORMS, NATIONALITIES, ORG_HEAD_WORDS, PLACES } from './lexicon-common';

/**
 * The pieces of a wire partnership name strung with commas before "and Co": "Kidder, Peabody and Co Inc", "Bear,
 * Stearns and Co Inc", "Smith Barney, Harris Upham and Co". The cutter leaves the members and the tail as
 * candidates of their own; these tests say which of them can only belong to one firm's name.
 */

/** Company words that close a partnership of surnames on their own ("Kidder, Peabody and Co"). */
const PARTNERSHIP_TAILS = new Set([
  'co',
  'company',
  'cie',
  'sons',
  'partners',
  'associates',
  'associés',
  'fils',
  'frères',
]);

/** Most legal forms after the partnership word ("and Co Inc", "& Co Ltd"); wire copy never stacks more. */
const MAX_TAIL_LEGAL_FORMS = 2;

/** Most words of one partner in the string ("Smith Barney", "Harris Upham"); longer runs are whole names. */
const MAX_MEMBER_WORDS = 2;

function bare(t: Token): string {
  return t.lower.replace(/\.$/, '');
}

/**
 * "Co", "Co Inc", "Co. Ltd" standing as a candidate of its own after "and"/"&": a partnership word, then legal
 * forms only. No list member is a bare "Co", and the legal forms after it belong to the same firm, so they do not
 * make the tail a company of its own.
 */
export function isPartnershipTail(tokens: Token[], c: Candidate | undefined): boolean {
  if (!c || !PARTNERSHIP_TAILS.has(bare(tokens[c.from]))) return false;
  if (c.to - c.from - 1 > MAX_TAIL_LEGAL_FORMS) return false;
  for (let k = c.from + 1; k < c.to; k++) if (!LEGAL_FORMS.has(bare(tokens[k]))) return false;
  return true;
}

/** One title-case word that is neither a place nor a nationality nor a company word. */
function isPartnerWord(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t.text)) return false;
  const w = t.lower;
  return !PLACES.has(w) && !NATIONALITIES.has(w) && !LEGAL_FORMS.has(w) && !ORG_HEAD_WORDS.has(w);
}

/**
 * A member of a comma partnership that a lone partnership tail closes. One word must not be a given name
 * (a bare surname, "Peabody"; given names open the string only, see firm-name-joins.ts). Two words may be
 * anything name-like ("Smith Barney", "Harris Upham"): the lone tail already rules out a list of people.
 */
export function isPartnerMember(tokens: Token[], c: Candidate): boolean {
  const n = c.to - c.from;
  if (n < 1 || n > MAX_MEMBER_WORDS) return false;
  for (let k = c.from; k < c.to; k++) if (!isPartnerWord(tokens[k])) return false;
  return n > 1 || !FIRST_NAMES.has(tokens[c.from].lower);
}
