import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';

/**
 * A name counted out by a sum or a bulk measure is goods bought, not a company: "bought 550 mln dlrs of U.S.
 * Treasury bills", "purchased 1.5 mln barrels of Iranian Heavy", "310 mln dlrs worth of U.S. Wheat", "120,000
 * tonnes Gulf of Suez", "10 000 tonnes de blé Soufflet". Shares and stock so counted are a stake, and stay deals.
 */

/** A count or a sum's figure ("217,150", "1.2", "150 000", "two"); deal-securities-purchase.ts reads it too. */
export const NUMBER = String.raw`(?:\d[\d.,]*(?:[\s\u00a0\u202f]\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|dix)`;
/** The scale word after a figure ("mln", "milliards"). */
export const SCALE = String.raw`(?:\s+(?:mln|million|millions|billion|billions|bln|milliards?|mn|bn|m))?`;
const MONEY_UNIT = String.raw`(?:dlrs|dollars?|crowns|francs|marks|yen|pounds|stg|euros?|d['’]euros|de\s+dollars)`;
const BULK_UNIT = String.raw`(?:barrels|barils|tonnes|tons|bushels|ounces|onces|bales|bpd|cubic\s+(?:feet|metres))`;
const COUNTED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${NUMBER}${SCALE}\s+(?:(?:${MONEY_UNIT})\s+(?:worth\s+)?(?:of|de|d['’])|${BULK_UNIT}(?:\s+(?:of|de|d['’]))?)\s*(?:the\s+)?<?$`,
  'iu',
);
/** "40 mln dlrs of Quenby stock", "of Quenby's common shares": a stake bought, not goods. */
const STAKE_AFTER =
  /^>?(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:shares?|stock|common|preferred|equity|capital|actions|titres)(?![\p{L}])/iu;

/**
 * "la série A de 18 M€ de Y", "un prêt de 40 M€ de B", "a $20m round of Y": the sum sizes a round or a loan whose
 * company or lender follows, so the name is no goods. Public aid sizes its sum the same way, its giver after it
 * ("une subvention de 3 millions d'euros de Bpifrance", "un prêt d'amorçage de 800 000 euros de B", "une avance
 * remboursable de 2 M€ de R"), the noun's one qualifier allowed.
 */
const ROUND_SIZED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:série|serie|tour|levée|round|series|financement|financing|prêt|emprunt|loan|subvention|aide|avance|dotation|grant|subsidy)(?:\s+\p{Lu}|\s+\p{Ll}+|\s+d['’]\p{Ll}+)?\s+(?:de|of)\s+(?:[\p{L}]+\s+){0,2}?${NUMBER}${SCALE}\s+${MONEY_UNIT}\s+(?:de|d['’]|of)\s*$`,
  'iu',
);

/** True when a party of the match (`parties`, its surfaces) is named only as goods counted by a sum or a measure. */
export function boughtAsGoods(
  sentence: Sentence,
  span: MatchSpan | undefined,
  parties: readonly string[],
): boolean {
  if (!span) return false;
  const text = sentence.text;
  const from = Math.max(0, span.start - sentence.start);
  const to = span.end - sentence.start;
  for (const name of parties) {
    if (name.length < 2) continue;
    for (let at = text.indexOf(name, from); at >= 0 && at < to; at = text.indexOf(name, at + 1)) {
      const before = text.slice(Math.max(0, at - 60), at).replace(/\s+/gu, ' ');
      if (ROUND_SIZED_BEFORE.test(before)) continue;
      if (COUNTED_BEFORE.test(before) && !STAKE_AFTER.test(text.slice(at + name.length))) return true;
    }
  }
  return false;
}
