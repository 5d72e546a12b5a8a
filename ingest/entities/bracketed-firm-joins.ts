import type { Token } from '../tokens';
import type { Candidate } from './candidates';

/**
 * Wire copy sets an unlisted company's name in angle brackets, one name per bracket ("<Deloitte Haskins and
 * Sells>", "<Kidder, Peabody and Co>"). The cutter splits runs at "and" and commas, right for lists of companies,
 * and ends a run at a lower-case foreign "et" / "und"; inside one bracket the coordination is the name itself, so
 * the pieces are joined back into one name.
 */

/** Most pieces one bracketed name strings together ("A, B, C and D"). */
const MAX_BRACKETED_PIECES = 5;
/**
 * Words that may join two pieces of one bracketed name: English ones and the coordinators of the foreign names the
 * wire brackets ("<Medecines et Sciences Internationales SA>", "<Fichtel und Sachs AG>", "<Italiana Olii e Sifi>",
 * "<Hoogovens en Staalfabrieken NV>", "<JM Byggnads och Fastighets AB>", "<Banco Bilbao y Vizcaya>").
 */
const BRACKET_JOINS = new Set([',', 'and', '&', 'et', 'und', 'e', 'en', 'och', 'og', 'y']);
/** Articles a foreign coordinator may carry before the next piece ("<Banque du Batiment et des Travaux Publics>"). */
const ARTICLES_AFTER_JOIN = new Set([
  'des',
  'du',
  'de',
  'la',
  'le',
  'les',
  'del',
  'della',
  'di',
  'der',
  'den',
]);
/** Most words between two pieces: the coordinator and one article. */
const MAX_JOIN_WORDS = 2;

/** Whether the words between pieces a and b are one joining word, maybe with an article after a foreign one. */
function joinedInBracket(tokens: Token[], a: Candidate, b: Candidate): boolean {
  const gap = b.from - a.to;
  if (gap < 1 || gap > MAX_JOIN_WORDS || !BRACKET_JOINS.has(tokens[a.to].lower)) return false;
  if (gap === 1) return true;
  const english = tokens[a.to].lower === ',' || tokens[a.to].lower === 'and' || tokens[a.to].lower === '&';
  return !english && ARTICLES_AFTER_JOIN.has(tokens[a.to + 1].lower);
}

/** Index of the last piece of a name bracketed from cs[i] on ("<A and B>", "<A, B and C>"), or i when none. */
export function bracketedNameEnd(tokens: Token[], cs: Candidate[], i: number): number {
  if (tokens[cs[i].from - 1]?.text !== '<') return i;
  let k = i;
  while (k + 1 < cs.length && k - i + 1 < MAX_BRACKETED_PIECES) {
    if (tokens[cs[k].to]?.text === '>') break;
    const next = cs[k + 1];
    // one joining word between the pieces (a foreign one may carry an article), nothing else
    if (!joinedInBracket(tokens, cs[k], next)) return i;
    k++;
  }
  return k > i && tokens[cs[k].to]?.text === '>' ? k : i;
}
