import type { Token } from '../tokens';

/**
 * "A a racheté B. Cette acquisition lui permet de concurrencer C", "The deal gives it a foothold against C": the
 * object pronoun of a sentence whose subject is the deal just told stands for the party the deal serves — the
 * last sentence's subject, the buyer — not for the company the sentence happens to name.
 */

const DEAL_NOUNS = new Set([
  'acquisition',
  'rachat',
  'opération',
  'reprise',
  'fusion',
  'transaction',
  'deal',
  'purchase',
  'takeover',
  'merger',
  'buyout',
]);
const DEAL_DETERMINERS = new Set(['cette', 'cet', 'ce', 'la', "l'", 'le', 'the', 'this']);
/** Object pronouns a deal serves: French dative "lui", English "it" after the verb. */
const BENEFICIARY_PRONOUNS = new Set(['lui', 'it']);
/** The words at `i` without which `isDealBeneficiary` reads nothing (units-screen.ts skips it elsewhere). */
export const DEAL_BENEFICIARY_START_WORDS: ReadonlySet<string> = BENEFICIARY_PRONOUNS;
/** Most tokens between the deal noun and the pronoun ("The deal, worth $40 million, will give it …"). */
const MAX_TOKENS_AFTER_DEAL_NOUN = 10;
/** Words that end the deal's own clause: after them "it" may be anything. */
const CLAUSE_BREAKS = new Set(['that', 'which', 'qui', 'que', 'and', 'et', 'but', 'mais', ';', ':']);

/** The pronoun at `i` is the object of a sentence whose subject is a deal noun ("Cette acquisition lui …"). */
export function isDealBeneficiary(tokens: Token[], i: number): boolean {
  if (!BENEFICIARY_PRONOUNS.has(tokens[i].lower) || i < 2) return false;
  if (!DEAL_DETERMINERS.has(tokens[0].lower) || !DEAL_NOUNS.has(tokens[1].lower)) return false;
  if (i - 2 > MAX_TOKENS_AFTER_DEAL_NOUN) return false;
  // "it" is an object after a verb; "lui" is the clitic before one
  if (tokens[i].lower === 'it' && tokens[i - 1].text !== tokens[i - 1].lower) return false;
  for (let k = 2; k < i; k++) if (CLAUSE_BREAKS.has(tokens[k].lower)) return false;
  return tokens[i + 1]?.kind === 'word';
}
