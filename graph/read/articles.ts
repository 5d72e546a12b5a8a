import type { Reader } from './reader';
import { cypherInt, group } from './reader';
import { ENTITY_PROPS, toArticle, toEntity } from './records';
import type { ArticleRecord, EntityRecord } from './records';

/** Entities listed per article at most, most mentioned first. */
export const ENTITIES_PER_ARTICLE_MAX = 500;

export async function articlesByIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, ArticleRecord>> {
  const rows = await reader.read(
    `UNWIND $ids AS id MATCH (a:Article {id: id})
     RETURN id, a {.id, .title, .url, .published, .lang, .source, .chars} AS props`,
    { ids: [...new Set(ids)] },
  );
  return new Map(rows.map((r) => [String(r.id), toArticle(r.props as Record<string, unknown>)]));
}

export async function entitiesByArticleIds(
  reader: Reader,
  ids: readonly string[],
): Promise<Map<string, EntityRecord[]>> {
  const rows = await reader.read(
    `UNWIND $ids AS id
     CALL (id) {
       MATCH (e:Entity)-[m:MENTIONED_IN]->(:Article {id: id})
       RETURN e ORDER BY m.count DESC, e.id LIMIT $max
     }
     RETURN id, ${ENTITY_PROPS('e')} AS props, labels(e) AS labels`,
    { ids: [...new Set(ids)], max: cypherInt(ENTITIES_PER_ARTICLE_MAX) },
  );
  return group(rows, (r) => toEntity(r.props as Record<string, unknown>, r.labels));
}

export interface ArticlePage {
  totalCount: number;
  articles: ArticleRecord[];
}

export async function articlesPage(reader: Reader, offset: number, limit: number): Promise<ArticlePage> {
  const rows = await reader.read(
    `CALL () { MATCH (a:Article) RETURN count(a) AS total }
     CALL () {
       MATCH (a:Article)
       WITH a ORDER BY a.published IS NULL, a.published DESC, a.id SKIP $offset LIMIT $limit
       RETURN collect(a {.id, .title, .url, .published, .lang, .source, .chars}) AS page
     }
     RETURN total, page`,
    { offset: cypherInt(offset), limit: cypherInt(limit) },
  );
  const row = rows[0] ?? { total: 0, page: [] };
  return {
    totalCount: Number(row.total ?? 0),
    articles: ((row.page as Record<string, unknown>[]) ?? []).map(toArticle),
  };
}
