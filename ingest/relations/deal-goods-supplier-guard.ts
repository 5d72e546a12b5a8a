import type { Sentence } from '../sentences';
import type { Captures, Unit } from './pattern';
import { capturedAt } from './pattern';
import type { Rule } from './rule';

/**
 * "Buy" also takes goods, and the company named with them is a supplier, not a target: "both companies buy the
 * secure chips in their terminals from Dutch chipmaker X", "Verdica buys its humidity chips from Germany's X",
 * "Tesco, which buys about a third of X's output", "le groupe achète ses puces auprès de X". A deal reading whose
 * target is named so — after "from" / "auprès de" closing a bought object that is no business, stake or shares,
 * or as the owner of such goods — is refused. A business bought from its owner ("bought the seating business
 * from X") stays a purchase of X's business, as GOLD-FORMAT counts it.
 */

const DEAL_TYPES = new Set(['ACQUIRED', 'FUNDED']);
/** Verbs of buying that take goods as readily as companies. */
const BUY_VERB =
  /(?<![\p{L}])(?:buy|buys|bought|buying|purchases?|purchased|purchasing|sources?|sourced|sourcing|ach[eè]te(?:nt|r|ait|aient)?|achet[ée]e?s?)\s/iu;
/** Every buying verb of a span (`matchAll` copies it, so the shared flag state is never read). */
const BUY_VERB_ALL = new RegExp(BUY_VERB.source, 'giu');
/**
 * Nouns that make the bought object a business, its physical assets or a holding: then the named company is the
 * one sold ("14 wind farms from X", "a stake from X").
 */
const DEAL_OBJECT =
  /(?<![\p{L}])(?:business(?:es)?|units?|divisions?|operations|assets|arm|subsidiar(?:y|ies)|brands?|stakes?|shares?|interests?|holdings?|stock|equity|company|companies|firm|group|rest|remainder|control|majority|activit[ée]s?|branches?|filiales?|marques?|participations?|parts|titres|actions|capital|contr[ôo]le|soci[ée]t[ée]|entreprise|p[ôo]le|sites?|plants?|usines?|factor(?:y|ies)|stores|magasins|portfolios?|portefeuilles?|farms?|fermes?|parks?|parcs?|mines?|fields?|hotels?|h[ôo]tels?|properties|stations?|networks?|r[ée]seaux?|fleets?|flottes?|routes?|mills?|refiner(?:y|ies)|warehouses?|restaurants?|clinics?|cliniques?|cent(?:er|re)s?|hospitals?|h[ôo]pitaux|homes|residences?)(?![\p{L}])/iu;
/** The bought object, then "from"/"auprès de" and up to four descriptor words before the name. */
const FROM_SUPPLIER =
  /^([^.;:!?]{1,80}?)\s(?:from|auprès\s+d[eu']|auprès\s+des|chez)\s*(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** "'s" and up to three words after the name: what of the company is bought. */
const POSSESSED_AFTER = /^['’]s?\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u;
/** "of" before the name when its goods are the object ("a third of X's output"). */
const OF_BEFORE = /(?<![\p{L}])of\s+$/iu;
/** Characters read back from the target for the buying verb. */
const LOOKBACK_CHARS = 140;

/** The last buying verb before the target, if any: both readings below start from it. */
function lastBuyVerb(before: string): RegExpMatchArray | undefined {
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(BUY_VERB_ALL)) last = m;
  return last;
}

/** Whether the buy verb's object, told between the verb and the name, is goods rather than a business. */
function boughtGoodsBefore(before: string, last: RegExpMatchArray): boolean {
  const rest = before.slice((last.index ?? 0) + last[0].length);
  const m = FROM_SUPPLIER.exec(rest);
  if (!m) return false;
  const object = m[1];
  return !DEAL_OBJECT.test(object) && !/[\p{Lu}]/u.test(object.replace(/^\s*\p{Lu}/u, ''));
}

function boughtPossessedGoods(before: string, after: string): boolean {
  if (!OF_BEFORE.test(before)) return false;
  const m = POSSESSED_AFTER.exec(after);
  return m !== null && !DEAL_OBJECT.test(m[1]);
}

export function targetIsSupplier(
  rule: Rule,
  caps: Captures,
  units: readonly Unit[],
  sentence: Sentence,
): boolean {
  if (!DEAL_TYPES.has(rule.type) || !rule.target) return false;
  const u = units[capturedAt(caps, rule.target)];
  if (u?.kind !== 'ent' || u.anaphor) return false;
  const from = u.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, from - LOOKBACK_CHARS), from);
  const last = lastBuyVerb(before);
  if (last?.index === undefined) return false;
  if (boughtGoodsBefore(before, last)) return true;
  return boughtPossessedGoods(before, sentence.text.slice(u.end - sentence.start));
}
