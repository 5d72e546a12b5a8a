import type { ExtractedRelation } from '../types';

/**
 * The same fact told twice ("X agreed to acquire Y. … Terms were not disclosed." then "X will buy Y for …")
 * is stored once: the surer statement wins, and details only the other one gives (price, seller, date,
 * stake) complete it. Money travels as a whole (amount, currency and text together). A deal the article says
 * was called off stays off, however surely another sentence tells the earlier agreement. Returns `into`.
 */
export function fillMissingDetails(into: ExtractedRelation, from: ExtractedRelation): ExtractedRelation {
  if (from.status === 'abandoned') into.status = 'abandoned';
  if (into.amountText === null && from.amountText !== null) {
    into.amount = from.amount;
    into.currency = from.currency;
    into.amountText = from.amountText;
  }
  if (into.seller === null && from.seller !== null) into.seller = from.seller;
  if (into.date === null && from.date !== null) into.date = from.date;
  if ((into.stake === undefined || into.stake === null) && typeof from.stake === 'number')
    into.stake = from.stake;
  return into;
}
