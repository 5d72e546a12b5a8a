import type { Graph } from '../connection';
import { inWriteTransaction } from '../connection';
import { REFRESH_DEALS } from './write-cypher';
import * as Q from './delete-cypher';

export interface DeleteSummary {
  /** False when no article had that id (nothing changed). */
  found: boolean;
  dealsDeleted: number;
  /** Deals that keep other sources and had their summary recomputed. */
  dealsUpdated: number;
  factsDeleted: number;
  entitiesDeleted: number;
}

/**
 * Removes an article and everything only it supported (schema/README.md "Deleting an article"); deals, facts
 * and entities with other sources stay, minus this article's evidence. Curation and merge records stay.
 * Entity `aliases` are not pruned: they do not record which article contributed each surface form.
 */
export async function deleteArticle(graph: Graph, articleId: string): Promise<DeleteSummary> {
  return inWriteTransaction(graph, async (run) => {
    const summary: DeleteSummary = {
      found: false,
      dealsDeleted: 0,
      dealsUpdated: 0,
      factsDeleted: 0,
      entitiesDeleted: 0,
    };
    if ((await run(Q.ARTICLE_EXISTS, { id: articleId })).length === 0) return summary;
    summary.found = true;
    const candidates = new Set<string>();
    const addAll = (ids: unknown): void => {
      for (const id of (ids as string[] | null) ?? []) candidates.add(id);
    };

    const [facts] = await run(Q.STRIP_FACT_EVIDENCE, { id: articleId });
    summary.factsDeleted = (facts?.deleted as number | undefined) ?? 0;
    addAll(facts?.entityIds);

    const dealIds = (await run(Q.DETACH_REPORTS, { id: articleId })).map((row) => row.id as string);
    if (dealIds.length > 0) {
      const [parties] = await run(Q.DROP_UNSUPPORTED_PARTIES, { ids: dealIds });
      addAll(parties?.entityIds);
      const [deals] = await run(Q.DELETE_UNREPORTED_DEALS, { ids: dealIds });
      summary.dealsDeleted = (deals?.deleted as number | undefined) ?? 0;
      addAll(deals?.entityIds);
      await run(REFRESH_DEALS, { ids: dealIds });
      summary.dealsUpdated = dealIds.length - summary.dealsDeleted;
    }

    const [article] = await run(Q.DELETE_ARTICLE, { id: articleId });
    addAll(article?.entityIds);

    const ids = [...candidates];
    const [orphans] = await run(Q.DELETE_ORPHAN_ENTITIES, { ids });
    summary.entitiesDeleted = (orphans?.deleted as number | undefined) ?? 0;
    const keys = (orphans?.aliasKeys as string[] | undefined) ?? [];
    if (keys.length > 0) await run(Q.DELETE_ORPHAN_ALIASES, { keys });
    await run(Q.REFRESH_SEEN, { ids });
    return summary;
  });
}
