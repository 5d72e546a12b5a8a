import type { Token } from '../tokens';
import { postAfterPronoun } from './anaphora-person-post';

/**
 * "Ce dernier conserve 30 % des parts et reste président de l'entreprise", "The latter keeps a 10% stake and
 * remains chairman": a person's pointer before a stake kept, sold or rolled over, then "et/and" and a post held now.
 * The stake phrase hides the post from anaphora-latter-person.ts, which reads the verb right after the pointer; a
 * seller keeping a stake and his post is a person (a company keeping a stake stays no "président").
 */

/** Verbs of a stake kept, sold or rolled over (also any.leads.stake-then-post's first verb phrase). */
export const STAKE_PHRASE_VERBS =
  '(conserve|conservera|garde|gardera|cède|cédera|vend|vendra|réinvestit|réinvestira|retains|retain|keeps|keep|sells|sell|reinvests|reinvest)';
const STAKE_VERB = new RegExp(`^${STAKE_PHRASE_VERBS}$`);
/** Most tokens of the stake phrase before "et/and" ("une participation minoritaire de 30 % du capital"). */
const MAX_STAKE_TOKENS = 9;
/** Words the stake phrase may not cross: a relative or a contrast brings in another subject. */
export const STAKE_PHRASE_STOPS = '(qui|que|dont|tandis|alors|who|which|that|while|whereas)';
/** Tokens that end the stake phrase with no post after it: a new clause, a new party or the sentence's end. */
const NOT_STAKE_PHRASE = new RegExp(`^(${STAKE_PHRASE_STOPS.slice(1, -1)}|,|;|:|\\.)$`);
const COORDINATOR = /^(et|and)$/;

/** Whether the words after `i` (a pointer's last token) keep a stake, then give a post held now after "et/and". */
export function postAfterStakePhrase(tokens: Token[], i: number): boolean {
  if (!STAKE_VERB.test(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + MAX_STAKE_TOKENS; k++) {
    const t = tokens[k];
    if (COORDINATOR.test(t.lower)) return postAfterPronoun(tokens, k);
    if (NOT_STAKE_PHRASE.test(t.lower) || t.text !== t.lower) return false;
  }
  return false;
}
