import type { Sentence } from '../sentences';
import type { ExtractedRelation, RelationType } from '../types';

/**
 * A fact found outside the sentence rules (a successor named in a later sentence, rivals announced in one sentence
 * and named in the next): no deal values, the stating sentence as evidence. One builder so every such reader keeps
 * the field order the rules' relations have.
 */
export function plainRelation(
  type: RelationType,
  source: string,
  target: string,
  sentence: Sentence,
  rule: string,
  confidence: number,
): ExtractedRelation {
  return {
    type,
    source,
    target,
    status: null,
    date: null,
    amount: null,
    currency: null,
    amountText: null,
    seller: null,
    evidence: { sentence: sentence.text, start: sentence.start, end: sentence.end },
    rule,
    confidence,
  };
}
