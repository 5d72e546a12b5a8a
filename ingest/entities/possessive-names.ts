import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS } from './lexicon-common';
import { isNameToken } from './name-joins';
import { ORG_CUES_EN } from './lexicon-words';

/**
 * Names that carry a possessive of their own ("Sainsbury's", "Teachers' Venture Growth"). The tokeniser splits
 * "'s" off so that "IBM's rival" exposes "IBM"; a possessive that owns nothing — the name is followed by a comma,
 * the sentence's end or its verb — is part of the name instead.
 */

/** Punctuation after which an "'s" cannot be a possessive: nothing follows for it to own. */
const CLOSING_PUNCT = new Set([',', '.', ';', ':', ')', '»', '"', '”', '!', '?']);

/**
 * Finite verbs and relative words that follow a subject, never a possessor ("X's said" is no English): after
 * them the "'s" belongs to the name. Only forms that cannot be a noun a possessive would own.
 */
const SUBJECT_FOLLOWERS = new Set([
  'said',
  'says',
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'also',
  'which',
  'who',
  'whose',
  'competes',
  'raised',
  'announced',
  'agreed',
  'employs',
  'operates',
  'sells',
  'makes',
  'runs',
  'plans',
  'reported',
  'became',
  'remains',
]);

/**
 * True when the "'s" token at `i` ends the name before it rather than marking what the name owns. A name the
 * article also writes bare is a possessor whose noun is left out ("trumped by Acme's, who …").
 */
export function ownsPossessive(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t || t.lower !== "'s" || i === 0) return false;
  const next = tokens[i + 1];
  const ends =
    !next ||
    (next.kind === 'punct'
      ? CLOSING_PUNCT.has(next.text)
      : (next.text === next.lower && SUBJECT_FOLLOWERS.has(next.lower)) ||
        coordinatedWithBareName(tokens, i));
  return ends && !writtenBare(text, tokens[i - 1].text) && !afterComparison(tokens, i);
}

/** Words that coordinate two names. */
const COORDINATORS = new Set(['and', 'or']);

/**
 * "rivals Sainsbury's and Asda": a possessive before "and" and a name that carries none owns nothing, while "Acme's
 * and Beta's shops" share one noun both own.
 */
function coordinatedWithBareName(tokens: Token[], i: number): boolean {
  if (!COORDINATORS.has(tokens[i + 1]?.text ?? '')) return false;
  let k = descriptorEnd(tokens, i + 2);
  if (!tokens[k] || !isNameToken(tokens[k])) return false;
  while (k < tokens.length && isNameToken(tokens[k])) k++;
  return tokens[k]?.lower !== "'s";
}

/** Most lower-case words of a descriptor before the second name ("and logistics group Trentway"). */
const MAX_DESCRIPTOR_WORDS = 3;

/**
 * "chain Harlow's and logistics group Trentway": the second name may carry its own lower-case descriptor closed by
 * a company noun; returns the index after it, or `k` when no such descriptor stands there.
 */
function descriptorEnd(tokens: Token[], k: number): number {
  for (let j = k; j < k + MAX_DESCRIPTOR_WORDS && tokens[j]; j++) {
    const w = tokens[j];
    if (w.kind === 'punct' || w.text !== w.lower) return k;
    if (ORG_CUES_EN.has(w.lower)) return j + 1;
  }
  return k;
}

/** Words after which "X's" stands for "X's offer/bid" named before ("trumped by X's", "bigger than X's"). */
const ELLIPSIS_OPENERS = new Set(['by', 'than', 'over', 'like', 'unlike']);

/** The name before the possessive at `i` follows a word that opens an elided possessive. */
function afterComparison(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && isNameToken(tokens[k - 1])) k--;
  return k > 0 && ELLIPSIS_OPENERS.has(tokens[k - 1].lower);
}

/** The word occurs somewhere in the text without a possessive after it. */
function writtenBare(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = at > 0 ? text.charAt(at - 1) : ' ';
    const after = text.slice(at + word.length, at + word.length + 2);
    if (!/[\p{L}\p{N}]/u.test(before) && !/^['’]s/.test(after) && !/^[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(word, at + word.length);
  }
  return false;
}

/** Words of a pension scheme's name ("Teachers' Pension Plan", "Teachers' Retirement System"). */
const PENSION_WORDS = new Set(['pension', 'pensions', 'retirement', 'superannuation', 'plan', 'scheme']);

/** Most capitalised words searched after a plural possessive for the company word that makes it a name. */
const MAX_WORDS_AFTER_PLURAL_POSSESSIVE = 3;

/**
 * "Farmers' Growth Partners", "Teachers' Venture Growth": a plural possessive glued to a capitalised word, then
 * capitalised words with a company word, is one fund's name. Returns the tokens taken (the apostrophe) or 0.
 */
export function pluralPossessiveJoin(tokens: Token[], runFrom: number, j: number): number {
  const mark = tokens[j];
  const owner = tokens[j - 1];
  if (!mark || !owner || j <= runFrom || (mark.text !== "'" && mark.text !== '’')) return 0;
  if (owner.end !== mark.start || !/s$/.test(owner.lower) || !isNameToken(owner)) return 0;
  // "Winn Enterprises' Knudsen Foods Inc": a company owning another is two names; people own a fund's name
  for (let k = runFrom; k < j; k++) if (isCompanyWord(tokens[k])) return 0;
  let k = j + 1;
  let head = false;
  while (k < tokens.length && k <= j + MAX_WORDS_AFTER_PLURAL_POSSESSIVE && isNameToken(tokens[k])) {
    if (isCompanyWord(tokens[k]) || PENSION_WORDS.has(tokens[k].lower)) head = true;
    k++;
  }
  return k > j + 1 && tokens[j + 1].start > mark.end && head ? 1 : 0;
}

function isCompanyWord(t: Token): boolean {
  const w = t.lower.replace(/\.$/, '');
  return ORG_HEAD_WORDS.has(w) || LEGAL_FORMS.has(w);
}
