import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { ENGLISH_INSTITUTION_HEADS, INSTITUTION_HEADS, LEGAL_FORMS } from './lexicon-common';
import { knownOrganisation } from './known-organisations';
import { escapeRegExp } from '../escape-regexp';

/**
 * Old wire copy capitalises the word after a dotted abbreviation as if a sentence began there: "the U.S. Computer
 * firm ESCA", "major U.S. Machinery and power plant equipment", "against the U.S. Dollar", "U.K. Insurance area".
 * "<U.S.|U.K.|N.Z.> Word" then reads as a two-word name. A company named so carries a legal form or another
 * capitalised word ("U.S. Minerals Exploration Co") or is a known name, and bodies named so have an institution
 * head ("U.S. Congress", "U.S. Treasury"); what is left is a common noun that goes on the sentence — a noun phrase
 * ("firm", "attitudes"), a function word or a verb form that no company name is followed by ("U.S. Calls for").
 */

const COUNTRY_ABBREVIATIONS = new Set(['u.s.', 'u.k.', 'n.z.']);
/** Bodies named after a country abbreviation ("U.S. Navy", "U.S. Treasury"), besides institution heads. */
const STATE_BODIES = new Set([
  'congress',
  'fed',
  'senate',
  'house',
  'treasury',
  'army',
  'navy',
  'government',
  'administration',
  'embassy',
  'mint',
  'parliament',
]);
/** Verbs a subject name is followed by: "U.S. Home said", so the word before them may be a name. */
const SUBJECT_VERBS = new Set([
  'to',
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
  'also',
  'said',
  'says',
  'announced',
  'reported',
  'agreed',
  'added',
  'plans',
  'planned',
  'told',
  'declined',
  'expects',
  'expected',
]);

function isBodyWord(lower: string): boolean {
  return STATE_BODIES.has(lower) || INSTITUTION_HEADS.has(lower) || ENGLISH_INSTITUTION_HEADS.has(lower);
}

/** The article names a company whose name opens with these words ("U.S. Shoe Corp" for "U.S. Shoe"). */
function namedInFull(text: string, surface: string): boolean {
  const escaped = escapeRegExp(surface);
  return new RegExp(`${escaped} \\p{Lu}`, 'u').test(text);
}

/** True when [from, to) is "<U.S.|U.K.|N.Z.> Word" and Word is a common noun the wire capitalised. */
export function isCapitalisedAfterAbbreviation(
  tokens: Token[],
  from: number,
  to: number,
  text: string,
): boolean {
  if (to - from !== 2 || !COUNTRY_ABBREVIATIONS.has(tokens[from].lower)) return false;
  const word = tokens[from + 1];
  if (word.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return false;
  if (isBodyWord(word.lower) || LEGAL_FORMS.has(word.lower)) return false;
  const surface = `${tokens[from].text} ${word.text}`;
  if (knownOrganisation(surface) !== null || namedInFull(text, surface)) return false;
  // a name ends before punctuation or a verb as often as a common noun does: only a lower-case word that goes
  // on the noun phrase or the clause shows the capital is the wire's
  const next = tokens[to];
  if (!next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  return !SUBJECT_VERBS.has(next.lower);
}

/**
 * Nouns of a kind of company the wire capitalises after a country abbreviation before the company's own name ("the
 * U.S. Group F.W. Woolworth", "U.S. Firm Honeywell Inc", "U.K. Subsidiary Y"). "Bank" is left out: "U.S. Bank" is
 * a bank's own name.
 */
const ABBREVIATED_DESCRIPTORS = new Set([
  'group',
  'firm',
  'company',
  'concern',
  'conglomerate',
  'subsidiary',
  'unit',
  'maker',
  'retailer',
  'insurer',
  'broker',
]);

/**
 * The candidate without its opening "<U.S.|U.K.|N.Z.> <Descriptor>" when a capitalised name follows the
 * descriptor ("U.S. Group F.W. Woolworth" → "F.W. Woolworth"); the candidate itself otherwise. A legal form right
 * after the descriptor ("U.S. Group Inc") or a known name keeps the span whole.
 */
export function withoutAbbreviatedDescriptor<C extends Candidate>(tokens: Token[], c: C): C {
  if (c.to - c.from < 3 || !COUNTRY_ABBREVIATIONS.has(tokens[c.from].lower)) return c;
  const descriptor = tokens[c.from + 1];
  const name = tokens[c.from + 2];
  if (descriptor.kind !== 'word' || !ABBREVIATED_DESCRIPTORS.has(descriptor.lower)) return c;
  if (name.kind !== 'word' || !/^\p{Lu}/u.test(name.text) || LEGAL_FORMS.has(name.lower)) return c;
  if (knownOrganisation(c.text) !== null) return c;
  const cut = name.start - c.start;
  return { ...c, from: c.from + 2, start: name.start, text: c.text.slice(cut), initial: false };
}
