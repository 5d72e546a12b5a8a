import type { Token } from '../tokens';

/**
 * "Candy Crush maker King", "Fortnite developer Epic Games", "ChatGPT maker OpenAI": a name set right before a
 * lower-case maker noun and the maker's own name is the product it makes, not a company. English only: French
 * puts the maker noun before its company ("le fabricant X"). The maker's name must follow, so that "the Danish maker" or "X, a maker of …" are left to other rules.
 */

/** Agent nouns of making or publishing a product, said between the product and its maker. */
const MAKER_NOUNS = new Set(['maker', 'developer', 'publisher', 'creator']);
/** Compound agent nouns of a trade ("chipmaker", "shoemaker"), which follow a product too. */
const MAKER_COMPOUND_RE = /^\p{Ll}{3,}maker$/u;

/** True when the candidate [from, to) is followed by a maker noun and then a capitalised name. */
export function isProductBeforeMaker(tokens: Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  const noun = tokens[to];
  const maker = tokens[to + 1];
  if (!noun || !maker || noun.kind !== 'word' || noun.text !== noun.lower) return false;
  if (!MAKER_NOUNS.has(noun.lower) && !MAKER_COMPOUND_RE.test(noun.lower)) return false;
  return maker.kind === 'word' && /^\p{Lu}/u.test(maker.text);
}
