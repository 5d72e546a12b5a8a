import type { Token } from '../tokens';
import type { DiscourseState } from './discourse-state';

/**
 * "After buying Lønly in 2024, the company picked up Zegarly", "Après avoir mis la main sur Maison Ferrand, le groupe
 * s'offre Gamelle & Co": a sentence opening on an earlier purchase told as an adverbial clause. The company bought
 * there is the object of that clause, never the subject of the main one, so a pointer after the comma ("the
 * company", "le groupe") stands for the buyer the article is about, not for the first name of the sentence.
 */

/** Words opening an adverbial clause of time or cause before a purchase ("after", "après", "since", "having"). */
const OPENERS = new Set(['after', 'since', 'having', 'following', 'après', 'depuis']);
/** Helpers between the opener and the verb ("after having bought", "après avoir racheté", "après s'être offert"). */
const HELPERS = new Set([
  'having',
  'avoir',
  'être',
  "s'",
  's',
  'its',
  'son',
  'sa',
  'the',
  'le',
  'la',
  "l'",
  // a failed or attempted purchase names the target too ("After failing to buy Y, the company …")
  'failing',
  'trying',
  'to',
  'tenté',
  'échoué',
  'de',
  'à',
]);
/** Forms of buying verbs and deal nouns that make the opening clause a purchase. */
const PURCHASE =
  /^(acquir(e|ing|ed)|buy(ing)?|bought|purchas(ing|ed|e)|snapp(ing|ed)|pick(ing|ed)|tak(ing|en)|took|acquisition|takeover|buyout|rachat|racheter|rachet[ée]e?s?|acquérir|reprendre|acquis|acquise?s?|acquisition|repris|reprise|absorb[ée]e?s?|absorption|aval[ée]e?s?|croqu[ée]e?s?|offert|mis|pris)$/;
/** Most tokens between the opener and the purchase word ("after having quietly bought", "après avoir déjà racheté"). */
const MAX_BEFORE_VERB = 4;

/** True when the sentence's tokens open on "after/après … <purchase>" and a comma closes that clause later. */
export function opensOnFrontedPurchase(tokens: Token[]): boolean {
  if (tokens.length < 4 || !OPENERS.has(tokens[0].lower)) return false;
  for (let k = 1; k <= MAX_BEFORE_VERB && k < tokens.length; k++) {
    const w = tokens[k].lower;
    if (PURCHASE.test(w)) return tokens.slice(k + 1).some((t) => t.text === ',');
    if (!HELPERS.has(w) && !/ly$|^(déjà|already|quietly|recently)$/.test(w)) return false;
  }
  return false;
}

/**
 * The company a pointer right after the fronted purchase clause stands for: the buyer of the last deal the article
 * told ("The Turnly deal is Kadenza's third acquisition. After buying Lønly, the company …" → Kadenza), since
 * such a clause lists that buyer's earlier purchases. Null when the sentence does not open so, when the pointer is
 * not right after the comma closing the clause, or when no deal was read before.
 */
export function frontedPurchaseBuyer(tokens: Token[], i: number, state: DiscourseState): number | null {
  if (i < 1 || tokens[i - 1].text !== ',' || !opensOnFrontedPurchase(tokens)) return null;
  if (tokens.slice(0, i - 1).some((t) => t.text === ',')) return null;
  return state.lastAcquisition?.buyer ?? state.dealRoles.buyer;
}
