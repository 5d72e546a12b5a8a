import type { Token } from '../tokens';
import { EN_STOPWORDS, FR_STOPWORDS } from './lexicon-words';

/**
 * "Selon Claire de Montferrand, …", "Par Hélène d'Aubigny", "With Anneke de Vries …": a function word that
 * opens a sentence or a byline is capitalised by its place and joins the run of capitals before the given name.
 * It is no part of the name, so a surname particle after the given name is read from the given name on.
 */
export function givenNameAfterOpener(tokens: Token[], runFrom: number, particle: number): boolean {
  if (particle - runFrom !== 2) return false;
  const opener = tokens[runFrom];
  const given = tokens[runFrom + 1];
  if (opener.kind !== 'word' || given.kind !== 'word') return false;
  if (!/^\p{Lu}\p{Ll}*$/u.test(opener.text)) return false;
  return FR_STOPWORDS.has(opener.lower) || EN_STOPWORDS.has(opener.lower);
}
