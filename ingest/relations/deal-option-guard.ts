import type { Sentence } from '../sentences';
import type { MatchSpan } from './deal-clause';

/**
 * An option, a warrant or a right to buy is a possibility its holder may never use ("granted X an option to buy
 * 35 pct of Y", "Warner owns warrants to purchase 3.25 mln Viacom shares", "dispose d'une option pour racheter
 * le solde de Y"): the deal a rule reads on that verb is only talked about, like a rumour. Exercising it makes the
 * deal ("exercised its option to acquire Y", "will exercise an option to buy", "a levé son option d'achat").
 */
const OPTION_TO_BUY =
  /(?<![\p{L}])(?:(?:options?|warrants?|rights?)\s+to\s+(?:acquire|buy|purchase|take\s+over|subscribe)|options?\s+d['’]achat|(?:options?|droits?|bons?)\s+(?:de\s+souscription\s+)?(?:pour|de|d['’])\s*(?:racheter|acquérir|acheter|reprendre|souscrire))(?![\p{L}])/giu;
/**
 * An attempt, an effort or a request for leave to buy is the same kind of possibility ("continuing its efforts to
 * acquire Y", "a TWA request for federal clearance to purchase USAir stock", "sa tentative de racheter Y"); a
 * regulator's approval given ("received Fed approval to acquire Y") is not, as the deal was agreed before it.
 */
const ATTEMPT_TO_BUY =
  /(?<![\p{L}])(?:efforts?|attempts?|tentatives?|(?:request|application)\s+(?:\p{L}+\s+){0,2}(?:permission|clearance|leave)|permission|clearance)\s+(?:to|pour|de|d['’])\s*(?:acquire|buy|purchase|take\s+over|merge|racheter|acquérir|reprendre|fusionner)(?![\p{L}])/giu;
/** "a successful attempt to acquire Y" tells the deal made. */
const SUCCEEDED_BEFORE = /(?<![\p{L}])(?:successful|succeeded|réussie?)\s+$/iu;

/** The holder uses the option: "exercised its option", "will exercise an option", "a levé son option". */
const EXERCISED_BEFORE =
  /(?<![\p{L}])(?:exercis\p{L}*|exerc\p{L}*|exerç\p{L}*|lev\p{L}*)\s+(?:(?:its|their|his|her|an?|the|this|that|son|sa|ses|leur|leurs|une?|l['’]|cette)\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Warrants given in payment are part of a price ("acquired Y for warrants to acquire 10.1 mln shares"): a deal verb
 * of the match, then a price preposition before the option, leaves the deal the rule read as told. A match that
 * starts past the deal verb and reads the warrant's verb as its own ("sell its A and B subsidiaries to X for 400 mln
 * dlrs and warrants to purchase two mln X shares": B "to purchase" X) has no verb before the price: the warrant is
 * then the only deal it read.
 */
const PAID_WITH =
  /(?<![\p{L}])(?:acquir\p{L}*|buy\p{L}*|bought|purchas\p{L}*|sell\p{L}*|sold|merg\p{L}*|took|tak\p{L}*|rach\p{L}*|acqu[ié]\p{L}*|achet\p{L}*|achèt\p{L}*|c[ée]d\p{L}*|vend\p{L}*|repr\p{L}*)(?![\p{L}])[^;]*(?<![\p{L}])(?:for|pour|contre)\s[^;]*$/iu;

/**
 * True when the deal verb the rule read (inside the match `span`) is the verb of an option, a warrant or a right
 * not exercised: the fact is then rumoured, not made.
 */
export function onlyAnOption(sentence: Sentence, span: MatchSpan | undefined): boolean {
  if (!span) return false;
  const text = sentence.text;
  const from = span.start - sentence.start;
  const to = span.end - sentence.start;
  for (const m of text.matchAll(ATTEMPT_TO_BUY)) {
    if (m.index + m[0].length <= from || m.index >= to) continue;
    if (!SUCCEEDED_BEFORE.test(text.slice(0, m.index))) return true;
  }
  for (const m of text.matchAll(OPTION_TO_BUY)) {
    const end = m.index + m[0].length;
    if (end <= from || m.index >= to) continue;
    if (PAID_WITH.test(text.slice(Math.max(0, from), m.index))) continue;
    if (!EXERCISED_BEFORE.test(text.slice(0, m.index).replace(/\s+/gu, ' '))) return true;
  }
  return false;
}
