import type { Sentence } from '../../sentences';
import type { ExtractedRelation } from '../../types';
import { plainRelation } from '../plain-relation';

/** A LEADS fact found after the sentence rules (a successor named in a later sentence, a department named elsewhere). */
export function leadsRelation(
  source: string,
  target: string,
  sentence: Sentence,
  rule: string,
  confidence: number,
): ExtractedRelation {
  return plainRelation('LEADS', source, target, sentence, rule, confidence);
}
