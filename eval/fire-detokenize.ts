import type { DetokenizedSentence, Typography } from './conll';
import { detokenizeBy } from './conll';

/**
 * English detokenisation for FIRE's tokens. conll.ts keeps French typography (spaces before ; : ! ?), which
 * would make English read oddly, so English has its own rules here; both return the same shape.
 */

/** Tokens that stick to the word before them: closing punctuation, English clitics, percent. */
const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '%',
  '...',
  '…',
  "'s",
  "'S",
  '’s',
  "'",
  '’',
  "n't",
  "N'T",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
]);
/** Tokens that stick to the word after them: opening brackets and currency signs ("$ 800" reads "$800"). */
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', 'US$', 'C$', 'A$', '€', '£', '¥', '#']);
/** Joiners written without spaces between two words ("Schering-Plough", "Kysor/Warren", "8-K"). */
const WORD_JOINERS = new Set(['-', '/']);
/** An all-capitals word this long before " - " is a heading ("STATEMENTS - Continued"): the dash stays spaced. */
const HEADING_WORD_MIN_LETTERS = 4;

const endsAlnum = (token: string): boolean => /[\p{L}\p{N}]$/u.test(token);
const startsAlnum = (token: string): boolean => /^[\p{L}\p{N}.]/u.test(token);
const isHeadingWord = (token: string): boolean =>
  token.length >= HEADING_WORD_MIN_LETTERS && /^[\p{Lu}]+$/u.test(token);

/** A joiner glues when it sits between two words and is not a heading dash. */
function joinsWords(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before === undefined || after === undefined) return false;
  if (!endsAlnum(before) || !startsAlnum(after)) return false;
  if (tokens[i] !== '-') return true;
  // "STATEMENTS - Continued" and a page number before a name ("20 - Vincent") are dashes, not hyphens
  return !isHeadingWord(before) && !(/^\d+$/.test(before) && /^\p{Lu}\p{Ll}/u.test(after));
}

const ENGLISH_TYPOGRAPHY: Typography = {
  sticksToPrevious: (tokens, i) =>
    NO_SPACE_BEFORE.has(tokens[i]) || (WORD_JOINERS.has(tokens[i]) && joinsWords(tokens, i)),
  holdsNext: (tokens, i) =>
    NO_SPACE_AFTER.has(tokens[i]) || (WORD_JOINERS.has(tokens[i]) && joinsWords(tokens, i)),
};

/**
 * Rebuilds the sentence a reader would see: "Green River Collieries, LLC's (\"Green River\")", "$800 million",
 * "Schering-Plough". FIRE has a few empty tokens: they add nothing (see detokenizeBy).
 */
export function detokenizeEnglish(tokens: readonly string[]): DetokenizedSentence {
  return detokenizeBy(tokens, ENGLISH_TYPOGRAPHY);
}

/** The characters of tokens [start, end) in the detokenised text. */
export function tokenSpanText(sentence: DetokenizedSentence, start: number, end: number): string {
  return sentence.text.slice(sentence.offsets[start].start, sentence.offsets[end - 1].end);
}
