import type { Token } from '../tokens';

/**
 * "It is the third-largest supplier of chilled ready meals …, with a 12% share, behind A and B", "It was the
 * world's biggest maker of …", "It remains the leading operator …": after "is"/"was" an "it" is usually an
 * expletive ("It is unclear", "It is the first time"), but a copula that ranks it among the makers of a trade
 * says what a company is, and the pronoun is that company. Only a rank word before a trade noun reads so: "It is
 * the largest deal in the sector" ranks a deal.
 */

/** Copulas after the pronoun ("It is", "It was", "It remains"). */
const COPULAS = new Set(['is', 'was', 'remains']);
const DEFINITE_ARTICLE = 'the';
/** The possessive of a place before the rank ("the UK's", "the world's"). */
const POSSESSIVE_MARK = "'s";
/** A rank: "largest", "third-largest", "second-biggest", "leading", "No. 2" is left to other readers. */
const RANK_RE = /^(?:(?:second|third|fourth|fifth|sixth)-)?(?:largest|biggest|leading)$/u;
/** Most lower-case words between the rank and the trade noun ("largest independent supplier"). */
const MAX_WORDS_BEFORE_NOUN = 2;
/** Trade nouns: agent nouns ("supplier", "maker", "operator", "specialist") and company nouns. */
const TRADE_NOUN_RE = /^(?:\p{Ll}+(?:er|or|ist)s?|company|group|firm|chain|brand|bank|airline|cooperative)$/u;

/** Whether the words from `at` (right after the pronoun) rank it among the makers of a trade. */
export function ranksCompanyAfterCopula(tokens: Token[], at: number): boolean {
  if (!COPULAS.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== DEFINITE_ARTICLE) return false;
  let k = at + 2;
  if (tokens[k + 1]?.lower === POSSESSIVE_MARK) k += 2;
  if (!RANK_RE.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 1 + MAX_WORDS_BEFORE_NOUN; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
    if (TRADE_NOUN_RE.test(t.lower)) return true;
  }
  return false;
}
