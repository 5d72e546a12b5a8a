import type { Token } from '../tokens';
import { FIRST_NAMES } from './first-names';
import { hasHead } from './name-joins';

/**
 * English titles of public posts written before a person's name in wire copy ("Deputy Administrator William
 * Bailey", "Secretary General Javier Perez", "Director General Hiroshi Hirabayashi", "Judge John Gerry"). They
 * are not in the role lexicon because they also open names of bodies ("General Motors", "Judge Baker Center");
 * here they are cut only before a known given name and more title-case words with no company or institution word.
 */
const POST_TITLES = new Set([
  'administrator',
  'judge',
  'commissioner',
  'ambassador',
  'comptroller',
  'prosecutor',
]);

/** Title nouns that "General" completes ("Secretary General", "Attorney General", "Director General"). */
const TITLES_BEFORE_GENERAL = new Set([
  'secretary',
  'director',
  'attorney',
  'surgeon',
  'inspector',
  'solicitor',
  'auditor',
  'postmaster',
  'comptroller',
  'consul',
  'accountant',
  'governor',
  'procurator',
  'advocate',
]);

function isTitleCaseWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);
}

/** True when token `a` of the run [a, b) is a post title before a person's name, to be cut off the name. */
export function isPostTitleBeforeName(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 3 || !isTitleCaseWord(tokens[a])) return false;
  const w = tokens[a].lower;
  const general = w === 'general' && TITLES_BEFORE_GENERAL.has(tokens[a - 1]?.lower ?? '');
  if (!general && !POST_TITLES.has(w)) return false;
  if (!isTitleCaseWord(tokens[a + 1]) || !isTitleCaseWord(tokens[b - 1])) return false;
  if (!FIRST_NAMES.has(tokens[a + 1].lower)) return false;
  return !hasHead(tokens, a + 1, b);
}
