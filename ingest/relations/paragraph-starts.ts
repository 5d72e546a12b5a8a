import type { Sentence } from '../sentences';
import { isLinkLineText } from './anaphora-link-line';

/**
 * Whether each sentence opens a paragraph of the text: a blank line before it, or a line break followed by an
 * indent (fixed-width wire copy). Two spaces after a full stop, or a soft-wrapped line, stay in the paragraph.
 * A link to another story ("Lire aussi : …") opens none: it is no part of the article (anaphora-link-line.ts).
 */
export function paragraphStarts(text: string, sentences: Sentence[]): boolean[] {
  return sentences.map(
    (s, i) =>
      i > 0 && PARAGRAPH_BREAK_RE.test(text.slice(sentences[i - 1].end, s.start)) && !isLinkLineText(s.text),
  );
}

/** A blank line (only spaces between two line breaks) or a line break then an indent of a space or a tab. */
const PARAGRAPH_BREAK_RE = /\n[ \t\r]*\n|\n[ \t]+/;
