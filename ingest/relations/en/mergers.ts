import { rules } from '../rule';

/**
 * English merger phrasings: one side merged into the other ("merged Y into X", an acquisition), or two or more
 * sides merging as equals ("A merged with B", "A and B agreed to merge", "the merger of A and B").
 */

const MERGE = '(merge|merges|merged|merging)';
/** A subject pronoun between a name and the merger verb gives the verb another subject ("…, and it merged with B"). */
const NEW_SUBJECT = '(it|they|he|she|we)';
/** "raised a combined $300 million", "combined revenue of": the adjective adds figures, no companies combine. */
const COMBINED_FIGURE =
  '[$€£\\d].*|revenues?|sales|turnover|value|valuation|market|workforce|total|capacity|shares?|assets|staff|output|funding';
/** Prepositions whose object list is not the subject of a merger verb ("managed by", "interests from"). */
const LIST_OBJECT_PREPOSITION = /^(by|from|for|with|among|including|under|through|via)$/;

/** Read after the plain buying verbs and before the press phrasings (see deals.ts). */
export const EN_MERGER_RULES = rules([
  {
    id: 'en.acquired.merge-into',
    type: 'ACQUIRED',
    pattern: `@src ~6 ${MERGE} @tgt into`,
    source: 'src',
    target: 'tgt',
    confidence: 0.75,
  },
  {
    id: 'en.merged.merge-with',
    type: 'MERGED_WITH',
    pattern: `@a ~6^${NEW_SUBJECT} ${MERGE} with ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    id: 'en.merged.list-merge',
    type: 'MERGED_WITH',
    pattern: `@@a ~10^${NEW_SUBJECT} ?to (${MERGE.slice(1, -1)}|combine|combined) !>(${COMBINED_FIGURE})`,
    source: 'a',
    target: 'a',
    // "a partnership managed by A, B and C … to merge": a list after a preposition names no merging parties
    notAfter: LIST_OBJECT_PREPOSITION,
    confidence: 0.75,
  },
  {
    id: 'en.merged.pair-merge',
    type: 'MERGED_WITH',
    // "A and Dutch rival B have agreed to merge": a descriptor breaks the plain list
    pattern: `@a (and|&) ~3! @b ~8 ?to (${MERGE.slice(1, -1)}|combine)`,
    source: 'a',
    target: 'b',
    confidence: 0.75,
  },
  {
    id: 'en.merged.their-merger',
    type: 'MERGED_WITH',
    pattern: `@@a ~8 their (merger|combination)`,
    source: 'a',
    target: 'a',
    confidence: 0.75,
  },
  {
    id: 'en.merged.merger-with',
    type: 'MERGED_WITH',
    // not "of": "Y was formed through the merger of A and B" names Y's makers, not Y's partner
    pattern: `@a ~8 (merger|combination) with ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.75,
  },
  {
    id: 'en.merged.merger-of',
    type: 'MERGED_WITH',
    pattern: `(merger|combination) (of|between) ~3! @a ~6 (and|with) ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
  {
    // "created through the merger of two family firms, A and B": a counted descriptor and a comma before the pair
    id: 'en.merged.merger-of-counted',
    type: 'MERGED_WITH',
    pattern: `(merger|combination) (of|between) (two|both) ~3! , @a (and|&) ~3! @b`,
    source: 'a',
    target: 'b',
    confidence: 0.8,
  },
]);
