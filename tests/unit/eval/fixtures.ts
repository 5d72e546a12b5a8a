import type { EntityType, ExtractedEntity, ExtractedRelation, RelationType } from '../../../ingest/types';

/** Synthetic extractor output for scorer tests: only the fields the scorers read carry meaning. */
export function entity(
  name: string,
  type: EntityType = 'Organization',
  aliases: string[] = [],
): ExtractedEntity {
  return { name, type, aliases, key: `test:${name}`, mentions: [] };
}

export function relation(
  type: RelationType,
  source: string,
  target: string,
  extra: Partial<ExtractedRelation> = {},
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
    evidence: { sentence: `${source} ${type} ${target}`, start: 0, end: 1 },
    rule: 'test.rule',
    confidence: 0.5,
    ...extra,
  };
}
