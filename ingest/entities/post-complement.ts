import type { Token } from '../tokens';
import { ROLE_WORDS } from './lexicon-roles';

/**
 * Posts written in lower case before the body they serve and then the holder's name, with no comma: "le préfet du
 * Jura Serge Castel", "le maire de Lyon Grégory Doucet", "the chairman of Acme John Smith". The body or place and
 * the person share one capitalised run; a post's complement names the body, so the run holds two names.
 */
const POSTS_BEFORE_BODY: ReadonlySet<string> = new Set([
  ...ROLE_WORDS,
  'maire',
  'préfet',
  'préfète',
  'député',
  'députée',
  'sénateur',
  'sénatrice',
  'commissaire',
  'mayor',
  'commissioner',
  'ambassador',
  'ambassadeur',
  'ambassadrice',
]);
const COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'of']);
const ARTICLES: ReadonlySet<string> = new Set(['la', "l'", 'the']);

/** True when the run starting at `from` is the complement of a lower-case post ("… préfet du | Jura …"). */
export function followsPostComplement(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (k >= 0 && ARTICLES.has(tokens[k].text)) k--;
  if (k < 1 || !COMPLEMENT_LINKS.has(tokens[k].text)) return false;
  const post = tokens[k - 1];
  return post.text === post.lower && POSTS_BEFORE_BODY.has(post.lower);
}
