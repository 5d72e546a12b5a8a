import { entityKey } from '../../ingest/resolve/normalize';
import type {
  DealStatus,
  EntityType,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedRelation,
  RelationType,
} from '../../ingest/types';
import type { ArticleToStore } from '../../graph/writer';

/** Builders for hand-made extraction results, so writer tests do not depend on the extractor. */

export function entity(
  name: string,
  type: EntityType = 'Organization',
  aliases: string[] = [],
): ExtractedEntity {
  return {
    name,
    type,
    aliases,
    key: entityKey(name, type),
    mentions: [{ start: 0, end: name.length, text: name }],
  };
}

export function relation(
  type: RelationType,
  source: string,
  target: string,
  extra: Partial<ExtractedRelation> = {},
): ExtractedRelation {
  const isDeal = type === 'ACQUIRED' || type === 'FUNDED' || type === 'MERGED_WITH';
  const sentence = `${source} ${type.toLowerCase()} ${target}.`;
  return {
    type,
    source,
    target,
    status: isDeal ? 'announced' : null,
    date: null,
    amount: null,
    currency: null,
    amountText: null,
    seller: null,
    evidence: { sentence, start: 0, end: sentence.length },
    rule: `test.${type.toLowerCase()}`,
    confidence: 0.8,
    ...extra,
  };
}

export function event(
  type: 'ACQUIRED' | 'FUNDED',
  source: string | null,
  target: string | null,
  status: DealStatus = 'completed',
  extra: Partial<ExtractedEvent> = {},
): ExtractedEvent {
  const sentence = `${source ?? target} event.`;
  return {
    type,
    source,
    target,
    status,
    date: null,
    amount: null,
    currency: null,
    amountText: null,
    evidence: { sentence, start: 0, end: sentence.length },
    rule: `test.event.${type.toLowerCase()}`,
    confidence: 0.7,
    ...extra,
  };
}

export function article(
  text: string,
  published: string | null,
  entities: ExtractedEntity[],
  relations: ExtractedRelation[] = [],
  events: ExtractedEvent[] = [],
): ArticleToStore {
  return {
    input: { file: `test/${text.slice(0, 12)}.txt`, text, title: text.slice(0, 20), url: null, published },
    extracted: { file: 'test', lang: 'en', title: null, published, entities, relations, events },
  };
}
