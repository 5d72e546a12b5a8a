import type { Graph } from '../graph/connection';
import { runRead } from '../graph/connection';
import { writeArticles } from '../graph/writer';
import { extractArticle } from '../ingest/extract';
import { articleId } from '../ingest/read/article-id';
import type { StoreArticle } from '../server/article-store';

/**
 * The composition root's answer to the server's `storeArticle` dependency: extraction and the writer are
 * wired here so the server never imports ingest/. An article already stored (same text) is extracted for
 * its counts but not written again.
 */
export function createArticleStore(graph: Graph): StoreArticle {
  return async (article) => {
    const id = articleId(article.text);
    const rows = await runRead(graph, 'RETURN EXISTS { MATCH (:Article {id: $id}) } AS found', { id });
    const existed = rows[0]?.found === true;
    const extracted = extractArticle(article);
    if (!existed) await writeArticles(graph, [{ input: article, extracted }]);
    return {
      articleId: id,
      created: !existed,
      entities: extracted.entities.length,
      relations: extracted.relations.length,
      events: extracted.events.length,
    };
  };
}
