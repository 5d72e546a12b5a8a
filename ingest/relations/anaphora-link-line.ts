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

/** The same test on a sentence's tokens. */
export function isLinkLine(tokens: readonly Token[]): boolean {
  return isLinkLineText(tokens.map((t) => t.text).join(' '));
}
