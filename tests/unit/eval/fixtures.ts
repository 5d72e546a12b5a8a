import type { GoldArticle, GoldEntity, GoldRelation } from '../../../eval/gold';
import type {
  ArticleInput,
  EntityType,
  ExtractedArticle,
  ExtractedEntity,
  ExtractedRelation,
  RelationType,
} from '../../../ingest/types';

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

/** A gold article naming two organisations and one relation between them, stated by the whole text. */
export function goldArticle(
  id: string,
  text: string,
  fact: { type: RelationType; source: string; target: string },
): GoldArticle {
  return {
    id,
    file: `${id}.json`,
    lang: id.startsWith('fr') ? 'fr' : 'en',
    title: null,
    published: null,
    text,
    entities: [
      { name: fact.source, type: 'Organization', aliases: [] },
      { name: fact.target, type: 'Organization', aliases: [] },
    ],
    relations: [{ ...fact, evidence: text }],
  };
}

/** What a stand-in extractor returns for `input`: French when the text starts with "fr", else English. */
export function extractedFor(
  input: ArticleInput,
  entities: ExtractedEntity[],
  relations: ExtractedRelation[],
): ExtractedArticle {
  const lang = input.text.startsWith('fr') ? 'fr' : 'en';
  return { file: input.file, lang, title: null, published: null, entities, relations, events: [] };
}

/** A gold organisation, with the aliases the annotator listed. */
export function goldOrg(name: string, aliases: string[] = []): GoldEntity {
  return { name, type: 'Organization', aliases };
}

/** A gold relation; `evidence` only matters to the miss-cause tests. */
export function goldRelation(
  type: GoldRelation['type'],
  source: string,
  target: string,
  evidence: string | null = null,
): GoldRelation {
  return { type, source, target, evidence };
}
