export {
  emptyWriteSummary,
  writeArticles,
  DEFAULT_ARTICLES_PER_TRANSACTION,
  DEFAULT_BATCH_SIZE_ROWS,
} from './write-articles';
export type { WriteOptions, WriteSummary } from './write-articles';
export { deleteArticle } from './delete-article';
export type { DeleteSummary } from './delete-article';
export type { ArticleToStore } from './row-types';
export { buildWriteRows } from './rows';
export {
  STATUS_RANK,
  acquisitionDealId,
  factId,
  fundingDealId,
  mergerDealId,
  partialAcquisitionDealId,
  partialFundingDealId,
} from './deal-ids';
export type { DealKind, FactType, PartyRole } from './deal-ids';
