import type { Token } from '../tokens';

/**
 * A press release's section headings ("About Shiftwell", "Conference Call", "À propos de X") stand on a line of
 * their own with no full stop, and the paragraph under them often opens with the same name ("About Shiftwell\n
 * Shiftwell is …"). A name never runs from such a heading into the next line. Hard-wrapped wire copy breaks lines
 * inside sentences too, but its lines are long, so only a short line counts as a heading.
 */

/** Most words on a line read as a heading. */
const MAX_HEADING_WORDS = 6;

/** True when a line break stands between token `j - 1` and token `j` and the line before it is a short heading. */
export function isHeadingBreak(tokens: Token[], j: number, text: string): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j];
  if (!prev || !next || !text.slice(prev.end, next.start).includes('\n')) return false;
  // an indented line opens a paragraph (or the wire's sign-off, "\n REUTER"): no name runs into it
  if (/\n[ \t]+$/.test(text.slice(prev.end, next.start))) return true;
  const lineStart = text.lastIndexOf('\n', prev.start) + 1;
  const line = text.slice(lineStart, prev.end);
  if (/[.!?;:]\s*$/.test(line)) return false;
  const words = line.trim().split(/\s+/);
  return words.length <= MAX_HEADING_WORDS && !words.some(isClauseWord) && standsApart(text, lineStart);
}

/** Lower-case words a heading may carry before the name it ends on ("About X", "À propos de X", "Contact presse X"). */
const HEADING_WORDS = new Set([
  'about',
  'propos',
  'contact',
  'contacts',
  'presse',
  'press',
  'media',
  'média',
]);

/**
 * A heading is a label, not a clause: a longer lower-case word ("told", "said", "country") shows a sentence wrapped
 * after a name ("… Andreotti told President Francesco\nCossiga he was unable …").
 */
function isClauseWord(word: string): boolean {
  return /^\p{Ll}{4,}[,.]?$/u.test(word) && !HEADING_WORDS.has(word.replace(/[,.]$/, ''));
}

/**
 * A heading opens its own block: the text starts there, or the line above is blank or ends a sentence. A short
 * line under an unfinished one is the tail of a wrapped sentence ("… the\ndrought-stricken country, Agriculture
 * Secretary Richard\nLyng said"), whose name runs on.
 */
function standsApart(text: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  const above = text.slice(0, lineStart - 1);
  const prevStart = above.lastIndexOf('\n') + 1;
  const prev = above.slice(prevStart).trim();
  return prev === '' || /[.!?:;»"”)]$/.test(prev);
}
