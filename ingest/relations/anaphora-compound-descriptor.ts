import type { Token } from '../tokens';
import type { Mention } from '../resolve/mentions';
import { EN_STOPWORDS, FR_STOPWORDS } from '../entities/lexicon-words';
import { ANAPHOR_DETERMINERS, GENERIC_COMPANY_NOUNS } from './anaphor-words';
import { namedSoon } from './pointing-phrases';

/**
 * A generic noun with its trade ("launch firm Ascentra", "aerospace group X", "le groupe pharmaceutique X") singles
 * out the company it was first said of, though the bare noun ("the firm") fits every company: "the launch firm"
 * later in the text is that company, not the article's topic.
 */

/** Prefix of the keys in `state.described`, so a two-word descriptor never collides with a single noun. */
const COMPOUND_KEY_PREFIX = 'compound:';

/** The words at `i` without which `compoundDescriptorPointer` reads nothing (pointer-screen.ts skips it elsewhere). */
export const COMPOUND_DESCRIPTOR_START_WORDS: ReadonlySet<string> = ANAPHOR_DETERMINERS;

function isTradeWord(t: Token | undefined): t is Token {
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  if (EN_STOPWORDS.has(t.lower) || FR_STOPWORDS.has(t.lower)) return false;
  return !GENERIC_COMPANY_NOUNS.has(t.lower) && /^\p{L}[\p{L}-]+$/u.test(t.lower);
}

/** The key of the two words at `a`, `a + 1` when they are a generic noun with its trade word, in either order. */
export function compoundDescriptorKey(tokens: Token[], a: number): string | null {
  const first = tokens[a];
  const second = tokens[a + 1];
  if (!first || !second) return null;
  // English puts the trade before the noun ("launch firm"), French after it ("groupe pharmaceutique")
  const english =
    GENERIC_COMPANY_NOUNS.has(second.lower) && second.text === second.lower && isTradeWord(first);
  const french = GENERIC_COMPANY_NOUNS.has(first.lower) && first.text === first.lower && isTradeWord(second);
  return english || french ? `${COMPOUND_KEY_PREFIX}${first.lower} ${second.lower}` : null;
}

/**
 * Records the two-word descriptor right before a company's name at `nameAt` ("of launch firm Ascentra"), or right
 * after a comma following it ("Ascentra, a launch firm"), as standing for that company.
 */
export function rememberCompoundDescriptor(
  tokens: Token[],
  nameAt: number,
  ent: number,
  described: Map<string, number>,
): void {
  const before = nameAt >= 2 ? compoundDescriptorKey(tokens, nameAt - 2) : null;
  if (before !== null) described.set(before, ent);
}

/** As rememberCompoundDescriptor, for an apposition: `nounAt` is the first word after the article ("a", "une"). */
export function rememberApposedCompound(
  tokens: Token[],
  nounAt: number,
  ent: number,
  described: Map<string, number>,
): void {
  const key = compoundDescriptorKey(tokens, nounAt);
  if (key !== null) described.set(key, ent);
}

/**
 * "the launch firm", "le groupe pharmaceutique" at `i` with no name after it, when the text said that descriptor
 * of one company: that company and the tokens used, else null.
 */
export function compoundDescriptorPointer(
  tokens: Token[],
  mentions: Mention[],
  i: number,
  described: Map<string, number>,
): { ent: number; length: number } | null {
  if (!ANAPHOR_DETERMINERS.has(tokens[i].lower)) return null;
  if (mentions.some((x) => x.from === i + 1 || x.from === i + 2)) return null;
  const key = compoundDescriptorKey(tokens, i + 1);
  if (key === null) return null;
  const ent = described.get(key);
  if (ent === undefined) return null;
  if (namedSoon(tokens, mentions, i + 3, tokens[i].lower === 'the')) return null;
  return { ent, length: 3 };
}
