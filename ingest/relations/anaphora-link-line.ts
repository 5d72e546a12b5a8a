import type { Token } from '../tokens';

/**
 * "Lire aussi : La SNCF cède Fret SNCF …", "Read more: Acme buys Beta", "À lire également", "See also": a web page's
 * link to another story sits between paragraphs but is no part of the article's discourse. The companies it names
 * must not become what the next "Son capital …", "le groupe", "its" point at, and it opens no paragraph of its own
 * (a paragraph start lowers what earlier mentions weigh), so the text reads on as if the line were not there.
 */

/** A link cue, then a colon or a separator, at the start of a line. */
const LINK_LINE_RE =
  /^\s*(?:(?:à|a)\s+lire\s+(?:aussi|également)?|lire\s+(?:aussi|également)|voir\s+aussi|read\s+(?:more|also)|see\s+also|also\s+read|related)\s*[:|>–—-]/iu;

/** Whether a sentence's text opens on a link cue ("Lire aussi :", "Read more:", "Related:"). */
export function isLinkLineText(text: string): boolean {
  return LINK_LINE_RE.test(text);
}

/**
 * Tokens of a sentence's head that LINK_LINE_RE can read: a cue is at most three word tokens and its separator
 * opens the next token or ends the cue's last one (no token but a spaced number holds white space, and none fits
 * a cue). The regex is anchored at the start and looks nowhere past its match, so the head answers for the whole
 * sentence; two tokens of margin.
 */
const LINK_LINE_HEAD_TOKENS = 6;

/** The same test on a sentence's tokens (every sentence asks: only its head is joined). */
export function isLinkLine(tokens: readonly Token[]): boolean {
  return isLinkLineText(
    tokens
      .slice(0, LINK_LINE_HEAD_TOKENS)
      .map((t) => t.text)
      .join(' '),
  );
}
