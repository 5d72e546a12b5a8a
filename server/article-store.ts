/**
 * The server stores articles sent to `ingestArticle` through a function its composition root hands it
 * (cli/api-article-store.ts): extraction lives in ingest/, and the server must not depend on it.
 */

/** An article as the API received it, text already taken out of any HTML. */
export interface ApiArticle {
  /** Where it came from: its URL, or "api". */
  file: string;
  text: string;
  title: string | null;
  url: string | null;
  /** ISO date of publication when the caller gave one. */
  published: string | null;
}

/** What storing one article came to. */
export interface StoredArticleOutcome {
  articleId: string;
  /** False when the same text was already in the graph (nothing was written). */
  created: boolean;
  /** What extraction found in the article, whether or not it was written. */
  entities: number;
  relations: number;
  events: number;
}

/** Extracts an article and writes it into the graph unless it is already there. */
export type StoreArticle = (article: ApiArticle) => Promise<StoredArticleOutcome>;
