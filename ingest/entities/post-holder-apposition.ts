import type { Token } from '../tokens';
import { ROLE_WORDS } from './lexicon-roles';

/**
 * Wire copy names a post's holder in an apposition after the body that post heads: "the president of the Brazilian
 * Coffee Institute, Jorio Dauster, said …", "le président de la Fédération Française de Tennis, Jorio Dauster, a
 * annoncé …". The comma after the body otherwise reads as a list of two organisations; the post word before
 * "of"/"de" says the name after it holds that post, whether or not its given name is one we know.
 */

/** Longest body name between "of" and the comma, in tokens ("the National Merchant Marine Authority" is five). */
const MAX_BODY_TOKENS = 8;
/** Lower-case words a body's name may hold ("Bank of the Ozarks", "Syndicat Mixte de l'Eau"). */
const INNER_WORDS = new Set([
  'of',
  'and',
  'for',
  '&',
  'the',
  'de',
  'du',
  'des',
  "d'",
  'et',
  'la',
  'le',
  "l'",
  'les',
]);
/** Prepositions between the post and the body ("president of", "président du"). */
const POST_OF = new Set(['of', 'de', 'du', 'des', "d'"]);
/** Articles between that preposition and the body ("of the", "de la", "de l'"). */
const ARTICLES = new Set(['the', 'la', 'le', "l'", 'les']);
/** Posts written in lower case that head a body but are everyday words elsewhere, so no ROLE_WORDS. */
const BODY_POSTS = new Set(['head', 'chair', 'governor', 'gouverneur', 'gouverneure']);

const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/**
 * True when the name starting at `from` follows "<post> of (the) <Body>," — a lower-case post word, "of"/"de", a
 * capitalised body name and a comma — and is itself closed by a comma or a speech verb.
 */
export function holdsPostOfBodyBefore(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.text !== ',') return false;
  const after = tokens[to];
  if (after && after.text !== ',' && after.lower !== 'said' && after.lower !== 'says') return false;
  let i = from - 2;
  const bodyEnd = i;
  while (
    i >= 0 &&
    bodyEnd - i < MAX_BODY_TOKENS &&
    (isCapitalised(tokens[i]) || INNER_WORDS.has(tokens[i].text))
  )
    i--;
  // the body's first word is capitalised; a lower-case inner word there belongs to the frame ("of")
  while (i < bodyEnd && !isCapitalised(tokens[i + 1])) i++;
  if (i === bodyEnd) return false;
  if (ARTICLES.has(tokens[i]?.lower ?? '')) i--;
  if (!POST_OF.has(tokens[i]?.text ?? '')) return false;
  const post = tokens[i - 1];
  if (!post || post.text !== post.lower) return false;
  return ROLE_WORDS.has(post.lower) || BODY_POSTS.has(post.lower);
}
