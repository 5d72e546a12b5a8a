import type { ExtractedRelation } from '../types';
import { findDateMentions } from '../values/date-mentions';

/**
 * Any fixed day: only whether a sentence names a date ("on Monday", "l'an dernier", "in 2019") is asked, not
 * which one, and relative mentions are only found against some publication day.
 */
const DATE_PRESENCE_REFERENCE_DAY = '2000-01-01';

function namesADate(sentence: string): boolean {
  return findDateMentions(sentence, DATE_PRESENCE_REFERENCE_DAY).length > 0;
}

/** True when ISO date `a` falls after `b` at the precision both give ("2027-03" after "2026-11-23"). */
function isLater(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/**
 * A date the fact's own sentence does not state is the news-date fallback; another telling of the same
 * purchase that states its date knows better ("… avait été annoncée fin mars"). A later date than the fallback
 * is the expected closing, not the deal's; a coarser one ("détenue depuis 2019") than a news day the story
 * itself gives is more likely another clause's. Fundings are left alone: one investor's two mentions are often
 * two rounds.
 */
function statedDateWins(into: ExtractedRelation, from: ExtractedRelation): boolean {
  if (into.type !== 'ACQUIRED' || into.date === null || from.date === null || into.date === from.date)
    return false;
  if (isLater(from.date, into.date) || from.date.length < into.date.length) return false;
  return !namesADate(into.evidence.sentence) && namesADate(from.evidence.sentence);
}

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
  if ((into.date === null && from.date !== null) || statedDateWins(into, from)) into.date = from.date;
  if ((into.stake === undefined || into.stake === null) && typeof from.stake === 'number')
    into.stake = from.stake;
  return into;
}
