import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';

/**
 * "agreed to merge San/Bar into Resdel", "X will be merged into Y", "fusionner Y dans X", "une fusion-absorption de
 * Y par X": one company goes into the other, which is an acquisition (read by the ACQUIRED rules), not a merger of
 * equals. A merger into a company made for it ("merged into a new holding company", "agreed to merge into a company with
 * 2,800 staff", "fusionnées dans une nouvelle entité") stays a merger.
 */
const MERGED_INTO =
  /(?<![\p{L}])(?:merg\p{L}*|fold\p{L}*|fusionn\p{L}*)\s+(?:[^,;.]{0,80}?\s)?(?:into|dans)\s+(?!(?:a|an|one|une?)\s|(?:the|la|le)\s+(?:[\p{L}-]+\s+)?(?:new|single|newly|combined|nouvelle?|seule?|même))/iu;
const ABSORPTION =
  /(?<![\p{L}])(?:fusion[-\s]absorption|fusion\s+par\s+absorption|absorb\p{L}*)(?![\p{L}])/iu;
/** How far around the parties the absorbing words may stand. */
const AROUND_CHARS = 60;
/** "la fusion-absorption de Y par X": the absorbing noun just before the first party. */
const ABSORPTION_BEFORE_CHARS = 30;

/** True when the merger the rule read (inside or next to the match `span`) sends one party into the other. */
export function mergedIntoOther(sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span) return false;
  const text = sentence.text;
  const from = Math.max(0, span.start - sentence.start - AROUND_CHARS);
  const to = Math.min(text.length, span.end - sentence.start + AROUND_CHARS);
  // absorbing words only between the parties: "né du rapprochement entre A et B, et C, qui a absorbé D" is C's
  const own = text.slice(
    Math.max(0, span.start - sentence.start - ABSORPTION_BEFORE_CHARS),
    span.end - sentence.start,
  );
  return MERGED_INTO.test(text.slice(from, to)) || ABSORPTION.test(own);
}
