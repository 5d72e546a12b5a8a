import type { Token } from '../tokens';

/**
 * "Securities and Exchange Commission Chairman John Shad", "House Ways and Means Committee Chairman Dan X": wire copy
 * glues a post and its holder after a body's name. The tail after "and" that decides whether the pair is one name
 * must stop at the post, or its last word is the holder's given name and the body's head word goes unseen.
 */
const POSTS = new Set([
  'chairman',
  'chairwoman',
  'president',
  'chief',
  'director',
  'secretary',
  'governor',
  'minister',
  'treasurer',
  'spokesman',
  'spokeswoman',
  'ceo',
  'commissioner',
  'administrator',
  'président',
  'présidente',
  'directeur',
  'directrice',
]);

/** True when the token at `k` is a capitalised post that ends a body's name. */
export function isPostAfterName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && /^\p{Lu}/u.test(t.text) && POSTS.has(t.lower);
}
