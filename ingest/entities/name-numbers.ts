import type { Token } from '../tokens';
import { LEGAL_FORMS, ORG_HEAD_WORDS } from './lexicon-common';
import { isNameToken } from './name-joins';

// A short number inside a run or before its first word that belongs to the name (called from candidates.ts):
// "Channel 4 Ventures", "4Site Energy", "menée par 360 Capital"; a number's last-word reading is number-suffix.ts.

/** Longest number kept inside a name, in digits ("Channel 4 Ventures", "Studio 71 Capital"). */
const MAX_DIGITS_IN_NAME = 3;

/**
 * "X 4 Ventures": a short number inside a run stays in the name when a company head word or a legal form follows
 * it; without one the number is a quantity or a date ("Acme 2024 results"). Returns the tokens taken.
 */
export function numberBeforeHeadWord(tokens: Token[], j: number): number {
  const n = tokens[j];
  const head = tokens[j + 1];
  if (!n || n.kind !== 'number' || !/^\d+$/.test(n.text) || n.text.length > MAX_DIGITS_IN_NAME) return 0;
  if (!head || !isNameToken(head)) return 0;
  const w = head.lower.replace(/\.$/, '');
  return ORG_HEAD_WORDS.has(w) || LEGAL_FORMS.has(w) ? 2 : 0;
}

/** Shortest word glued after a number that makes a one-word name with it ("7Eleven"; not "3D", "5GHz"). */
const MIN_GLUED_WORD_LETTERS = 4;
/** Words before a number that leave it free to open a name ("menée par 360 Capital", "and 21 Partners"). */
const NUMBER_NAME_OPENERS = new Set(['par', 'by', 'from', 'de', 'du', 'et', 'and', 'with', 'avec', ',', '(']);

/**
 * "4Site Energy", "2CR Ingénierie": a short number glued to the first word is part of the name; "360 Capital": so
 * is a spaced one when the name's first word is a company head word, which never opens a name alone.
 */
export function leadingNumberStart(tokens: Token[], a: number, b: number): number {
  const n = tokens[a - 1];
  if (!n || n.kind !== 'number' || !/^\d+$/.test(n.text) || n.text.length > MAX_DIGITS_IN_NAME) return a;
  // "3D printers", "5GHz": a glued unit or grade is no name; a word of its own or a longer run is
  if (n.end === tokens[a].start)
    return tokens[a].text.length >= MIN_GLUED_WORD_LETTERS || b - a > 1 ? a - 1 : a;
  const before = tokens[a - 2];
  const free = !before || NUMBER_NAME_OPENERS.has(before.lower);
  return free && ORG_HEAD_WORDS.has(tokens[a].lower) ? a - 1 : a;
}
