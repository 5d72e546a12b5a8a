export { readArticleFile, MAX_ARTICLE_BYTES, ARTICLE_EXTENSIONS } from './read-article';
export { listArticleFiles } from './list-files';
export { ArticleReadError } from './errors';
export type { ReadErrorCode } from './errors';
