import type { Sentence } from '../sentences';

/**
 * "S never sold control of Y to B", "S did not sell Y to B", "S n'a jamais cédé Y à B", "S ne vendra pas Y à B":
 * a sale whose object comes first puts its negation before both parties, where the check between buyer and target
 * (clause-guards.ts `negatedBetween`) does not look. The denial stands right before the selling verb, with at most
 * an auxiliary between, and the verb's object phrase ("control of", "le contrôle de") runs to the first party.
 */
const SELL =
  '(?:sold|sell|sells|selling|divested|divest|cédé|cédée|cédés|céder|cède|cèdera|cédera|vendu|vendue|vendus|vendre|vend|vendra|revendu|revendue|revendre)';
/** What may stand between the verb and its named object: determiners, share nouns, "control of". */
const OBJECT_WORDS =
  "(?:(?:its|their|his|her|the|a|an|all|majority|controlling|remaining|stake|interest|control|shares|of|in|le|la|les|l'|l’|sa|son|ses|leur|une|un|participation|majoritaire|contrôle|parts|de|du|des|d'|d’|dans)\\s*){0,5}";
const EN_DENIAL = `(?:\\bnot|\\bnever|n['’]t)\\s+(?:(?:have|has|had|be|been|yet)\\s+)?${SELL}`;
const FR_DENIAL = `\\bn(?:e\\s+|['’]\\s*)(?:(?:\\p{L}+\\s+)?(?:pas|jamais|plus)\\s+${SELL}|${SELL}\\s+(?:pas|jamais|plus))`;
const DENIED_SALE_BEFORE = new RegExp(`(?:${EN_DENIAL}|${FR_DENIAL})\\s+${OBJECT_WORDS}$`, 'iu');

/** The deal whose first party starts at `start` (a text offset) is a sale told as not made. */
export function negatedSaleBefore(sentence: Sentence, start: number | undefined): boolean {
  if (start === undefined) return false;
  const before = sentence.text.slice(Math.max(0, start - sentence.start - 120), start - sentence.start);
  return DENIED_SALE_BEFORE.test(before);
}
