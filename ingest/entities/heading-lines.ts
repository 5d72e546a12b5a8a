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
  const lineStart = text.lastIndexOf('\n', prev.start) + 1;
  const line = text.slice(lineStart, prev.end);
  if (/[.!?;:]\s*$/.test(line)) return false;
  return line.trim().split(/\s+/).length <= MAX_HEADING_WORDS;
}
