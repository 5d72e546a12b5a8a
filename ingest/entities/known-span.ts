import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { LEGAL_FORMS, MONTHS, PLACES, WEEKDAYS } from './lexicon-common';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';
import { isNameToken } from './name-joins';
import { knownNameMaxWords, knownOrganisation, mayOpenKnownName } from './known-organisations';

/**
 * Spans the candidate cutter must not cut: a well-known name of several words whose inner words it would drop or
 * split on ("Slaughter and May" ends in a month, "Mishcon de Reya" has a particle with no head word before it,
 * "Kuehne + Nagel" a sign), a French elision that is part of a known name ("L'Oréal"), and a month name that
 * names a company rather than a date.
 */

/** Tokens a known name may hold besides its words, counted on top of its folded word count ("+", "&", "L'"). */
const EXTRA_TOKENS_IN_KNOWN_NAME = 2;
/** Signs that may stand inside a known name between two of its words. */
const INNER_SIGNS = new Set(['&', '+', '-']);
/** Elided article that opens some French company names; written with a capital inside a sentence too. */
const CAPITAL_ELISION_RE = /^L['’]$/u;

function isWordOfName(t: Token): boolean {
  return t.kind !== 'punct' || INNER_SIGNS.has(t.text);
}

/**
 * How many tokens from `i` on form the longest well-known organisation name (0 if none). The run must open with a
 * capital ("L'" counts) and end on a capitalised word or a number, so "Slaughter and may" in running text and
 * lower-case phrases are left to the usual rules.
 */
export function knownSpanAt(tokens: Token[], i: number, text: string): number {
  const first = tokens[i];
  if (!first) return 0;
  const elided = CAPITAL_ELISION_RE.test(first.text);
  // a weekday opens a known title ("Sunday Times") though it opens no other name
  if (!elided && !isNameToken(first) && !(isCapitalised(first) && WEEKDAYS.has(first.lower))) return 0;
  // most capitalised words open no known name: the spans from them are not folded and looked up
  if (!elided && !mayOpenKnownName(text.slice(first.start, first.end))) return 0;
  const most = Math.min(tokens.length - i, knownNameMaxWords() + EXTRA_TOKENS_IN_KNOWN_NAME);
  let end = i;
  while (end < i + most && isWordOfName(tokens[end])) end++;
  for (let n = end - i; n >= 1; n--) {
    const last = tokens[i + n - 1];
    if (!/^[\p{Lu}\p{N}]/u.test(last.text)) continue;
    // a lone elision is no name, and a lone word is the cutter's own business unless it is capitalised
    if (n === 1 && elided) continue;
    if (knownOrganisation(text.slice(first.start, last.end))) return n;
  }
  return 0;
}

/** Share of a sentence's function words that are French above which it is read as French. */
const FRENCH_SHARE = 0.5;

function isFrenchSentence(tokens: Token[]): boolean {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (FR_STOPWORDS.has(t.lower)) fr++;
    else if (EN_STOPWORDS.has(t.lower)) en++;
  }
  return fr + en > 0 && fr / (fr + en) > FRENCH_SHARE;
}

/** Words before a month that make it a date ("en avril", "fin mai", "depuis juin"). */
const DATE_WORDS_BEFORE = new Set([
  'en',
  'de',
  'début',
  'fin',
  'mi',
  'depuis',
  'dès',
  'avant',
  'après',
  'jusqu',
  'le',
  'du',
  'in',
  'of',
  'since',
  'until',
  'by',
  'early',
  'late',
  'last',
  'next',
]);

/**
 * "En tête, April conserve sa première place": French writes its months in lower case, so inside a French
 * sentence a capitalised month (of either language) that no number or date word frames is a company's name.
 */
/** Most capitalised words between a month and the legal form that makes it the first word of a firm's name. */
const MAX_WORDS_BEFORE_LEGAL_FORM = 3;

function opensFirmName(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev && (prev.kind === 'number' || DATE_WORDS_BEFORE.has(prev.lower))) return false;
  let i = k + 1;
  while (i < tokens.length && i <= k + MAX_WORDS_BEFORE_LEGAL_FORM + 1 && isNameToken(tokens[i])) {
    if (i > k + 1 && LEGAL_FORMS.has(tokens[i].lower.replace(/\.$/, ''))) return true;
    i++;
  }
  return false;
}

export function monthAsName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !MONTHS.has(t.lower)) return false;
  // "May Department Stores Co", "June Valley Foods Corp said": a month opening a run that a legal form closes
  if (opensFirmName(tokens, k)) return true;
  if (k === 0) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // after opening punctuation any word is capitalised; a list comma keeps the name reading
  if (prev.kind === 'punct' && prev.text !== ',') return false;
  if (DATE_WORDS_BEFORE.has(prev.lower) || prev.kind === 'number') return false;
  if (next && next.kind === 'number') return false;
  return isFrenchSentence(tokens);
}

/** Trade nouns whose brand comes before the dealer's own name ("le distributeur Peugeot X", "Ford dealer"). */
const DEALER_NOUNS = new Set([
  'distributeur',
  'concessionnaire',
  'concession',
  'revendeur',
  'importateur',
  'franchisé',
  'dealer',
  'dealership',
  'distributor',
  'franchisee',
]);

/** Nouns of a programme or plan that an organisation runs and names after itself ("le programme X Deeptech"). */
const PROGRAMME_NOUNS = new Set(['programme', 'program', 'dispositif', 'initiative', 'scheme']);

/**
 * The part of a run that opens with a known name and goes on, when the noun before it says which part names the
 * party: "le distributeur Peugeot Autosphère Normandie" is the dealer named by the words after the brand; "le
 * programme Bpifrance Deeptech" is run by the known organisation, the rest naming the programme. Returns the
 * tokens [from, to) kept, or null when the run is not split.
 */
export function partyOfKnownRun(
  tokens: Token[],
  runFrom: number,
  known: number,
  runTo: number,
): [number, number] | null {
  const prev = tokens[runFrom - 1];
  if (!prev || known === 0 || runTo <= runFrom + known) return null;
  if (DEALER_NOUNS.has(prev.lower)) return [runFrom + known, runTo];
  if (PROGRAMME_NOUNS.has(prev.lower)) return [runFrom, runFrom + known];
  return null;
}

/** Words that make a number after a name a quantity ("Toulouse 31 millions"). */
const QUANTITY_WORDS = new Set([
  'million',
  'millions',
  'milliard',
  'milliards',
  'euros',
  'ans',
  'salariés',
  'sites',
  'magasins',
  'agences',
  'm',
  'mds',
  'k',
]);
/** Articles a capitalised run may open with at the start of a sentence. */
const ARTICLE_OPENERS = new Set(['le', 'la', 'les', 'the']);
/** Digits of a French département number, which regional banks and firms carry after their town. */
const MAX_DEPARTMENT_DIGITS = 2;

/**
 * "Le Crédit Agricole Toulouse 31 complète…": a one- or two-digit number after a town, in a run opened by a
 * well-known name, is the regional entity's département; returns the tokens taken (1) or 0.
 */
export function placeNumberInKnownName(tokens: Token[], runFrom: number, j: number, text: string): number {
  const n = tokens[j];
  const next = tokens[j + 1];
  if (!n || n.kind !== 'number' || !/^\d+$/.test(n.text) || n.text.length > MAX_DEPARTMENT_DIGITS) return 0;
  if (j - runFrom < 2 || !PLACES.has(tokens[j - 1].lower)) return 0;
  // a number followed by a unit or a name is a quantity or a date part, not the name's
  if (next && (next.kind !== 'word' || next.text !== next.lower || QUANTITY_WORDS.has(next.lower))) {
    if (next.text !== ',' && next.text !== '.') return 0;
  }
  // the run may open with the sentence's capitalised article ("Le Crédit Agricole …")
  const from = ARTICLE_OPENERS.has(tokens[runFrom].lower) ? runFrom + 1 : runFrom;
  return knownSpanAt(tokens, from, text) > 0 ? 1 : 0;
}
