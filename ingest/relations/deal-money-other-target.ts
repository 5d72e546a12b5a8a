import type { Sentence } from '../sentences';
import type { Money } from '../values/money';

/**
 * A price written as the size of a deal noun names that deal's target: "Halverson acquired the business in 2015 as
 * part of its $4bn takeover of Canadian rival Maplecrest Foods", "after its 300 million crown purchase of Lydhus";
 * so does a price closing a deal noun ("its purchase of Lydhus in 2024 for 300 million crowns"). When the company after the noun is none of this fact's parties, the price is the
 * other deal's and this fact does not take it. A price whose deal noun names a party, or names no company at all
 * ("a $2bn deal"), stays.
 */

/** Deal nouns a price may stand before ("its $4bn takeover of Y", "a $300 million cash acquisition of Y"). */
const DEAL_NOUN = /^\s*(?:[\p{L}-]+\s+){0,2}?(takeover|acquisition|purchase|buyout)\s+of\s*/iu;
/** The stretch after the noun where its object is named: up to the next clause break. */
const OBJECT_SPAN = /^[^,;.()]{0,90}/u;
/** A capitalised word: the object names a company. */
const NAMED = /(?:^|\s|')\p{Lu}[\p{L}&'-]+/u;

/**
 * "… follows its purchase of podcast network Lydhus in 2024 for 300 million crowns", "le rachat de Y en 2021 pour
 * 12 M€": the price "for/pour" closes the last deal noun before it when no clause break stands between.
 */
const PRICED_NOUN_BEFORE =
  /\b(takeover|acquisition|purchase|buyout|rachat|reprise)\s+(?:of|de|du|d')\s*((?:(?!\b(?:takeover|acquisition|purchase|buyout|rachat|reprise)\b)[^,;.()]){1,90}?)\s(?:for|pour)\s+(?:(?:about|around|some|environ|près de|plus de|more than|nearly)\s+)?$/iu;

/** Whether `object`, the words a deal noun governs, names a company none of `parties` is. */
function namesOther(object: string, parties: readonly string[]): boolean {
  return NAMED.test(object) && !parties.some((p) => p.length > 1 && object.includes(p));
}

/** Whether `m` prices a deal noun whose object is a named company none of `parties` is. */
function pricesOtherDeal(sentence: Sentence, m: Money, parties: readonly string[]): boolean {
  const after = sentence.text.slice(m.end - sentence.start);
  const noun = DEAL_NOUN.exec(after);
  if (noun !== null) return namesOther(OBJECT_SPAN.exec(after.slice(noun[0].length))?.[0] ?? '', parties);
  const before = PRICED_NOUN_BEFORE.exec(sentence.text.slice(0, m.start - sentence.start));
  return before !== null && namesOther(before[2], parties);
}

/** The prices of `money` that are not another named deal's (see the file's comment). */
export function withoutOtherDealsMoney(
  sentence: Sentence,
  money: readonly Money[],
  parties: readonly string[],
): readonly Money[] {
  if (parties.length === 0) return money;
  return money.filter((m) => !pricesOtherDeal(sentence, m, parties));
}

/**
 * A verb of buying or selling: a sentence that tells a purchase of its own ("Briochel a cédé Froid Délice à Z pour
 * 35 M€", "It sold Knotty Bakers to Z for 95 mln dlrs") prices that purchase, not a deal told in another sentence.
 */
const DEAL_VERB =
  /(?<![\p{L}])(?:bought|buys?|buying|acquired|acquires?|acquiring|sold|sells?|selling|took\s+over|takes?\s+over|rachet\p{L}*|rachète\p{L}*|reprise?s?|reprend\p{L}*|cédée?s?|cèden?t?|céd(?:er|ait|era)|vendue?s?|vend(?:ra|ait|ent)?|acquise?s?|acquiert)(?![\p{L}])/iu;
/** Capitalised words that name a time, not a company ("It sold for 35 mln dlrs in January"). */
const TIME_NAMES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
/**
 * A sentence opening on a pointer ("Ce dernier a acquis 80 % du domaine … pour 35 M€", "Elle rachète pour cela les
 * parts du fonds X", "The company paid …") most often goes on about the deal's own buyer: its price may be the deal's.
 */
const POINTER_OPENING =
  /^\s*(?:il|elle|ils|elles|ce\s+dernier|cette\s+dernière|celui-ci|celle-ci|it|they|(?:le|la|les|the)\s+\p{Ll}|l['’]\p{Ll})/u;
/** A capitalised word after the sentence's first one. */
const LATER_CAPITAL = /(?<=[\s'’(])\p{Lu}[\p{L}&'’-]*/gu;

/**
 * Whether `text`, a sentence other than the deal's own, tells another purchase: a buying or selling verb, a company
 * named, none of the deal's `parties` (surfaces) in it, and no pointer opening it (a pointer may be a party). Its price is that purchase's, so a deal whose own
 * sentences state none does not borrow it (values.ts reads prices in the next sentences and stated elsewhere).
 */
export function toldOfOtherDeal(text: string, parties: readonly string[]): boolean {
  if (parties.length === 0 || !DEAL_VERB.test(text)) return false;
  const opening = text.trimStart();
  if (POINTER_OPENING.test(opening.charAt(0).toLowerCase() + opening.slice(1))) return false;
  if (parties.some((p) => p.length > 1 && text.includes(p))) return false;
  return [...text.matchAll(LATER_CAPITAL)].some((m) => !TIME_NAMES.test(m[0]));
}
