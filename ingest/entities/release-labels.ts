import type { Token } from '../tokens';

/**
 * Capitalised words of press releases and signatures that are no names: academic and professional degrees
 * after a person's name ("Jonathan Whitfield, Ph.D.", "M.D.", "MBA") and the labels of contact blocks
 * ("Media Contact:", "Investor Relations:", "Contact presse").
 */

/** Degrees, folded to lower case letters only ("Ph.D." → "phd"). */
const DEGREES = new Set([
  'phd',
  'md',
  'mba',
  'dphil',
  'jd',
  'msc',
  'bsc',
  'cpa',
  'cfa',
  'frcp',
  'dds',
  'pharmd',
]);
/** First words of a contact label; the second word must be one of CONTACT_WORDS. */
const CONTACT_OPENERS = new Set([
  'media',
  'press',
  'investor',
  'investors',
  'analyst',
  'analysts',
  'contact',
]);
const CONTACT_WORDS = new Set(['contact', 'contacts', 'relations', 'inquiries', 'enquiries', 'presse']);

function letters(t: Token): string {
  return t.lower.replace(/[^\p{L}]/gu, '');
}

/** The candidate [from, to) is a degree after a comma ("…, Ph.D.,") or a contact label. */
export function isDegreeOrContactLabel(tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  if (to - from === 1 && DEGREES.has(letters(tokens[from])) && prev && prev.text === ',') return true;
  // "Investor Relations" whose opener a trade-noun cut already took off ("Investor X" reads as "an investor, X")
  if (to - from === 1 && prev && CONTACT_OPENERS.has(prev.lower) && CONTACT_WORDS.has(tokens[from].lower))
    return true;
  if (to - from !== 2) return false;
  return CONTACT_OPENERS.has(tokens[from].lower) && CONTACT_WORDS.has(tokens[from + 1].lower);
}

/**
 * Labels in capitals that open a line of a newswire release before a name: "SOURCE Acme Corp" (PR Newswire's
 * closing line), "CONTACT Jane Doe". The label is no word of the name.
 */
const RELEASE_LINE_LABELS = new Set(['source', 'contact', 'contacts']);

export function isReleaseLineLabel(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && RELEASE_LINE_LABELS.has(t.lower);
}
