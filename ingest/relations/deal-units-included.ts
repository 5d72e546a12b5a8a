import type { EntityIndex, Mention } from '../resolve/mentions';
import type { Token } from '../tokens';

/**
 * Wire copy that sells several units unnamed in the lead lists them a little later in a sentence of its own:
 * "Included in the sale were A, B and C, the company said", "The sale includes A and B", "La cession comprend A et
 * B", "Sont inclus dans l'opération A et B". Those names are what changed hands (wire-unit-named-later.ts
 * retargets the lead's deal to the first one that is no party of it).
 */

/** Nouns of the deal such a sentence lists the contents of. */
const DEAL_NOUNS = /^(sale|purchase|acquisition|transaction|deal|cession|vente|opération|rachat)$/u;
/** "Included in the sale were": participle, preposition, article. */
const INCLUDED = /^(included|inclus|incluses|compris|comprises)$/u;
const IN = /^(in|dans)$/u;
const ARTICLES = /^(the|la|le|l'|l’)$/u;
/** Copulas after "Included in the sale": the contents follow. */
const COPULAS = /^(are|were|is|was)$/u;
/** Verbs after which a deal noun's contents are listed ("The sale includes", "La cession comprend"); a copula
 * would let any "The sale is subject to …" through. */
const LISTING_VERBS =
  /^(include|includes|included|comprise|comprises|comprised|covers|covered|comprend|inclut|incluait|comprenait)$/u;
/** French copulas that may open the sentence before the participle ("Sont inclus dans la cession"). */
const FR_COPULAS = /^(sont|est|étaient|était)$/u;

/** Index of the token after an article and a deal noun starting at `i`, or -1. */
function afterDealNoun(tokens: Token[], i: number): number {
  let k = i;
  // "l'opération" may come as one token or two
  if (/^l['’]\p{L}+$/u.test(tokens[k]?.lower ?? '')) {
    return DEAL_NOUNS.test(tokens[k].lower.slice(2)) ? k + 1 : -1;
  }
  if (!ARTICLES.test(tokens[k]?.lower ?? '')) return -1;
  k++;
  return DEAL_NOUNS.test(tokens[k]?.lower ?? '') ? k + 1 : -1;
}

/** Index of the first token of the listed contents, or -1 when the sentence opens no such list. */
function listStart(tokens: Token[]): number {
  const i = FR_COPULAS.test(tokens[0]?.lower ?? '') ? 1 : 0;
  // "Included in the sale were …", "Sont inclus dans la cession …"
  if (INCLUDED.test(tokens[i]?.lower ?? '') && IN.test(tokens[i + 1]?.lower ?? '')) {
    const after = afterDealNoun(tokens, i + 2);
    if (after < 0) return -1;
    return i === 1 ? after : COPULAS.test(tokens[after]?.lower ?? '') ? after + 1 : -1;
  }
  if (i === 1) return -1;
  // "The sale includes …", "La cession comprend …"
  const after = afterDealNoun(tokens, 0);
  return after >= 0 && LISTING_VERBS.test(tokens[after]?.lower ?? '') ? after + 1 : -1;
}

/** The organisations a sentence lists as the contents of the deal just told, in order; empty when it lists none. */
export function includedUnits(tokens: Token[], mentions: Mention[], index: EntityIndex): number[] {
  const start = listStart(tokens);
  if (start < 0) return [];
  return mentions
    .filter((m) => m.from >= start && index.entities[m.entity].type === 'Organization')
    .sort((a, b) => a.from - b.from)
    .map((m) => m.entity);
}
