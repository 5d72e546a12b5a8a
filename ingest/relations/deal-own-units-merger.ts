import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';

/**
 * Two units of one owner put together are a reorganisation, not a merger of companies: "The two units, A and B,
 * will be combined into a single division", "its subsidiaries A and B will merge", "le groupe va fusionner ses deux
 * filiales, A et B". GOLD-FORMAT's MERGED_WITH is a combination of independent companies; a MERGED_WITH reading whose
 * parties are announced by a noun of units right before the first of them is refused.
 */

/** "the two units, ", "its subsidiaries ", "ses deux filiales, ", "nos filiales régionales ": the parties are units. */
const UNITS_BEFORE =
  /(?<![\p{L}])(?:the|its|their|our|his|her|ses|leurs|nos|les|ces|these|both)\s+(?:(?:two|three|four|deux|trois|quatre|own|propres|sister|sœurs|soeurs)\s+)*(?:units|subsidiaries|divisions|arms|affiliates|filiales|branches|entités)(?:\s+(?:régionales|françaises|européennes|locales|regional|local|operating))?\s*,?\s*$/iu;
/** How far before the first party the noun of units may stand, in characters. */
const UNITS_BEFORE_CHARS = 60;

/** True when the merger's first party is introduced as one of an owner's units. */
export function mergerOfOwnUnits(sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span) return false;
  const from = Math.max(0, span.start - sentence.start);
  const before = sentence.text.slice(Math.max(0, from - UNITS_BEFORE_CHARS), from);
  return UNITS_BEFORE.test(before);
}
