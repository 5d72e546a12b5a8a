import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import { FR_STOPWORDS } from '../entities/lexicon-words';

/**
 * "L'opérateur de bornes de recharge a été racheté par X", "Le fabricant de meubles avait cédé …": French press
 * names the company it is about by its trade and what it deals in, a bare noun after "de" (no determiner, no name),
 * in subject place. Such a phrase classifies a company, as "le fabricant lyonnais" does; "des"/"du" and a determiner
 * after "de" ("le fabricant de la marque X", "le distributeur des produits Y") point at a thing, so they are left
 * out, and so is English "of", which wire copy uses for an unnamed business ("The chain of stores was acquired").
 */

/** Links that open a bare trade complement in French. */
const BARE_LINKS = new Set(['de', "d'"]);
/** Most link-and-noun pairs read ("de bornes de recharge"): a longer chain is a sentence, not a trade. */
const MAX_COMPLEMENT_PAIRS = 3;

/**
 * Tokens of the bare complement chain starting at `at` ("de bornes de recharge" = 4), or 0 when the words there
 * are no such complement: each pair is "de"/"d'" and a lower-case content word that opens no name.
 */
export function bareTradeComplementLength(tokens: Token[], mentions: Mention[], at: number): number {
  let k = at;
  for (let pairs = 0; pairs < MAX_COMPLEMENT_PAIRS; pairs++) {
    const link = tokens[k];
    const noun = tokens[k + 1];
    if (!link || !BARE_LINKS.has(link.lower) || !noun || noun.kind !== 'word') break;
    if (noun.text !== noun.lower || FR_STOPWORDS.has(noun.lower)) break;
    if (mentions.some((m) => m.from <= k + 1 && k + 1 < m.to)) break;
    k += 2;
  }
  return k - at;
}
