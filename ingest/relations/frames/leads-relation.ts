import type { Sentence } from '../../sentences';
import type { ExtractedRelation } from '../../types';

/**
 * A LEADS fact found after the sentence rules (a successor named in a later sentence, a department named elsewhere
 * in the article): no deal values, the stating sentence as evidence. One builder so both keep the field order the
 * rules' relations have.
 */
export function leadsRelation(
  source: string,
  target: string,
  sentence: Sentence,
  rule: string,
  confidence: number,
): ExtractedRelation {
  return {
    type: 'LEADS',
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
