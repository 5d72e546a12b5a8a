import type { Token } from '../tokens';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';

/**
 * French text writes a foreign band's, label's or think tank's name with its English article ("un album de The
 * Virgins", "influencé par The Doors"): a capitalised "The" inside a sentence starts a name, and the name is an
 * organisation unless it stands in quotes, where it is more often a work's title ("l'album "The Wall"").
 */

const QUOTES = new Set(['"', '«', '“', "'", '‘']);
/** Words after which a quoted "The X" is still a group ("le groupe "The Germs""). */
const GROUP_NOUNS = new Set(['groupe', 'formation', 'band', 'label']);

/** More French than English function words: English wire copy keeps "The" out of the names it gives. */
function isFrenchSentence(tokens: Token[]): boolean {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (FR_STOPWORDS.has(t.lower) && !EN_STOPWORDS.has(t.lower)) fr++;
    else if (EN_STOPWORDS.has(t.lower) && !FR_STOPWORDS.has(t.lower)) en++;
  }
  return fr > en;
}

/** "The" inside a French sentence, after a lower-case word (not first, not after a quote or a colon). */
export function isInnerThe(tokens: Token[], i: number): boolean {
  if (tokens[i].text !== 'The' || i === 0) return false;
  const prev = tokens[i - 1];
  return prev.kind === 'word' && prev.text === prev.lower && isFrenchSentence(tokens);
}

/** The candidate [from, to) is "The X…" named inside a sentence, outside quotes or right after a group noun. */
export function isEnglishArticleName(
  tokens: Token[],
  from: number,
  to: number,
  isPlace: (lower: string) => boolean,
): boolean {
  if (to - from < 2 || !isInnerThe(tokens, from)) return false;
  const prev = tokens[from - 1];
  if (GROUP_NOUNS.has(prev.lower)) return true;
  // "The Undertaker", "The Rock": a singular one-word name after "The" is as often a ring name or a place
  if (to - from === 2 && !/\p{Ll}s$/u.test(tokens[from + 1].text)) return false;
  if (to - from === 2 && isPlace(tokens[from + 1].lower)) return false;
  return !QUOTES.has(tokens[to]?.text ?? '') && !QUOTES.has(tokens[from - 1].text);
}
