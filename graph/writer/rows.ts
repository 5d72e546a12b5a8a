import type { ArticleToStore, WriteRows } from './row-types';
import { EntityRowCollector } from './entity-rows';
import type { ResolveId } from './entity-rows';
import { RelationRowCollector, nameLookup } from './relation-rows';

export interface NewArticle extends ArticleToStore {
  id: string;
}

/**
 * All parameter rows for a set of new articles, with no database access: `resolve` maps an entity key to
 * the id it is stored under (a Redirect's survivor), `ingestedAt` is the ISO time stamped on articles.
 */
export function buildWriteRows(articles: NewArticle[], resolve: ResolveId, ingestedAt: string): WriteRows {
  const entities = new EntityRowCollector(resolve);
  const relations = new RelationRowCollector();
  const articleRows: WriteRows['articles'] = [];
  for (const { id: articleId, input, extracted } of articles) {
    const published = input.published ?? extracted.published ?? null;
    articleRows.push({
      id: articleId,
      title: input.title ?? extracted.title ?? null,
      url: input.url ?? null,
      published,
      lang: extracted.lang,
      source: input.file,
      text: input.text,
      chars: input.text.length,
      ingestedAt,
    });
    const stored = extracted.entities.map((entity) => ({
      name: entity.name,
      aliases: entity.aliases,
      id: entities.add(entity, articleId, published),
    }));
    const ctx = { articleId, published, lookup: nameLookup(stored) };
    for (const relation of extracted.relations) relations.addRelation(relation, ctx);
    for (const event of extracted.events) relations.addEvent(event, ctx);
  }
  return {
    articles: articleRows,
    organizations: entities.organizations(),
    people: entities.people(),
    aliases: entities.aliasRows(),
    mentions: entities.mentionRows(),
    deals: relations.dealRows(),
    parties: relations.partyRows(),
    reports: relations.reportRows(),
    facts: relations.factRows(),
    relationsDropped: relations.dropped,
  };
}
