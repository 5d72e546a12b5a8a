import { ABBREVIATIONS } from './tokens';

/** A sentence and its exact span: `text.slice(start, end) === sentence`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Lines this long or shorter, but not much shorter, are what a wire service's fixed-width wrapping makes. */
const WRAPPED_LINE_MIN_CHARS = 35;
const WRAPPED_LINE_MAX_CHARS = 85;
/** Share of lines in the wrapped band above which a single newline is read as a soft wrap, not a break. */
const WRAPPED_SHARE = 0.6;
/** A sentence longer than this is cut at its next comma-free whitespace to bound rule windows. */
const MAX_SENTENCE_CHARS = 2000;

/** Legal-form abbreviations may end a sentence: "…bought Acme Inc. The deal…". */
const LEGAL_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'cie', 'bros', 'intl']);
const SENTENCE_STARTERS = new Set([
  'the',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'this',
  'that',
  'in',
  'on',
  'a',
  'an',
  'but',
  'and',
  'terms',
  'le',
  'la',
  'les',
  'il',
  'elle',
  'ils',
  'elles',
  'ce',
  'cette',
  'en',
  'un',
  'une',
  'mais',
  'et',
  'nous',
]);

/**
 * Sentence openers no surname is written as after an initial ("J. Le Gall" keeps "le", "la", "les" out of it): a
 * lone capital and its dot before one of them close the sentence.
 */
const INITIAL_NEVER_BEFORE = new Set([
  'the',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'this',
  'in',
  'but',
  'en',
  'il',
  'elle',
  'ils',
  'elles',
  'cette',
  'mais',
  'nous',
]);

/**
 * Nouns a single capital letter labels ("a Series B.", "en série A.", "Plan B."): that letter is no initial, so
 * its dot may end the sentence.
 */
const LETTER_LABEL_NOUNS = new Set([
  'series',
  'round',
  'class',
  'phase',
  'stage',
  'tier',
  'plan',
  'type',
  'grade',
  'tranche',
  'série',
  'classe',
  'catégorie',
  'category',
]);
/** How far back, in characters, the label noun before a lone capital is looked for. */
const LABEL_LOOKBACK_CHARS = 24;
/**
 * A lone capital that labels a round or class ("a Series B. Drugmaker Halvane …") ends the sentence when the
 * next word would otherwise glue onto it as a name. Before a plain opener ("Series A. The round …") the join
 * costs no name, and today's round readers take the amount of the sentence before from that join, so it stays.
 */
function isLabelLetter(text: string, dot: number, nextWord: string): boolean {
  if (SENTENCE_STARTERS.has(nextWord) || nextWord.length < 2) return false;
  const label = /(\p{L}+)\s+\p{Lu}$/u.exec(text.slice(Math.max(0, dot - LABEL_LOOKBACK_CHARS), dot));
  return label !== null && LETTER_LABEL_NOUNS.has(label[1].toLowerCase());
}

function isWrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  if (lines.length < 3) return false;
  const band = lines.filter((l) => l.length >= WRAPPED_LINE_MIN_CHARS && l.length <= WRAPPED_LINE_MAX_CHARS);
  return band.length / lines.length >= WRAPPED_SHARE;
}

/** Where a ". " (or ! ? …) really ends a sentence, judging by the word before and after. */
function endsSentence(text: string, dot: number, next: number): boolean {
  const ch = text.charAt(dot);
  if (ch !== '.') return true;
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot));
  const word = before ? before[1] : '';
  // the next word may stand on the next line of wrapped wire copy ("… Co.\nThe company …")
  const after = /^\s*([\p{L}\p{N}]+)/u.exec(text.slice(next, next + 20));
  const nextWord = after ? after[1].toLowerCase() : '';
  const lowerWord = word.toLowerCase();
  if (LEGAL_ABBREVIATIONS.has(lowerWord)) return SENTENCE_STARTERS.has(nextWord);
  if (ABBREVIATIONS.has(lowerWord)) return false;
  if (/^\p{Lu}$/u.test(word) && isLabelLetter(text, dot, nextWord)) return true;
  // "… de Système U. En septembre, …": a lone capital before a capitalised word that opens sentences and ends no
  // name is a name's last letter, not a person's initial
  if (
    /^\p{Lu}$/u.test(word) &&
    INITIAL_NEVER_BEFORE.has(nextWord) &&
    /^\s*\p{Lu}/u.test(text.slice(next, next + 3))
  )
    return true;
  // initials: "E.W. Scripps", "J. Smith"
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return false;
  // a dotted abbreviation cut by a space ("S.p. A.", "e.g. the") goes on
  if (/^\p{L}(\.\p{L})+$/u.test(word)) return false;
  return true;
}

/** Splits into sentences at terminal punctuation and at line breaks that are real breaks. */
export function splitSentences(text: string): Sentence[] {
  const wrapped = isWrapped(text);
  const cuts: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      const rest = text.slice(i + 1, i + 4);
      const blank = /^[ \t\r]*\n/.test(text.slice(i + 1, i + 40));
      const indented = /^( {2,}|\t)/.test(rest);
      if (!wrapped || blank || indented) cuts.push(i);
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…' || ch === ';') {
      if (ch === ';') continue;
      let j = i + 1;
      while (j < n && /[.!?…»"'”’)\]]/.test(text.charAt(j))) j++;
      if (j < n && !/\s/.test(text.charAt(j))) continue;
      let k = j;
      while (k < n && /[ \t\u00a0]/.test(text.charAt(k))) k++;
      // a lower-case start continues the sentence, unless it is a camel-case name ("shipFast")
      if (
        k < n &&
        text.charAt(k) !== '\n' &&
        /[\p{Ll}]/u.test(text.charAt(k)) &&
        !/^\p{Ll}{1,6}\p{Lu}/u.test(text.slice(k, k + 8))
      )
        continue;
      if (endsSentence(text, i, k)) cuts.push(j);
      i = j - 1;
    }
  }
  cuts.push(n);
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of cuts) {
    pushTrimmed(text, from, cut, out);
    from = cut;
  }
  return out;
}

function pushTrimmed(text: string, from: number, to: number, out: Sentence[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e <= s) return;
  while (e - s > MAX_SENTENCE_CHARS) {
    const cut = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
    const at = cut > s ? cut : s + MAX_SENTENCE_CHARS;
    out.push({ text: text.slice(s, at), start: s, end: at });
    s = at;
    while (s < e && /\s/.test(text.charAt(s))) s++;
  }
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
