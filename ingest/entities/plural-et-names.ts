import type { Token } from '../tokens';
import { isCapitalised } from '../tokens';
import { PLACES } from './lexicon-common';
import { FIRST_NAMES } from './first-names';
import { knownOrganisation } from './known-organisations';

/**
 * "le landais Pins et Dunes", "l'agence lyonnaise Horizons et Découvertes", "Arkéa Banque Entreprises et
 * Institutionnels": French brands pair two capitalised plural common nouns with "et". A surname or a firm's own
 * word is seldom a plural noun, so the pair is one name when it ends the run and the run is either one word after
 * a singular article (a list of firms follows "les", not "le") or a name with a head word before the pair.
 */
const MIN_PLURAL_LETTERS = 4;
/** Singular articles and contractions that may open the noun phrase the run ends. */
const SINGULAR_ARTICLES = new Set(['le', 'la', "l'", 'un', 'une', 'du', 'au']);
/** Tokens back from the run an article may stand ("le landais X", "l'agence lyonnaise X"). */
const MAX_ARTICLE_GAP = 3;

function isPluralNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !isCapitalised(t)) return false;
  const w = t.lower;
  if (w.length < MIN_PLURAL_LETTERS || !/[a-zàâçéèêëîïôûù][sx]$/u.test(w)) return false;
  return !PLACES.has(w) && !FIRST_NAMES.has(w) && knownOrganisation(t.text) === null;
}

/** A singular article stands a few lower-case words before the run ("le landais", "l'agence lyonnaise"). */
function singularArticleBefore(tokens: Token[], runFrom: number): boolean {
  for (let k = runFrom - 1; k >= 0 && k >= runFrom - MAX_ARTICLE_GAP; k--) {
    const t = tokens[k];
    if (SINGULAR_ARTICLES.has(t.lower)) return true;
    if (t.kind !== 'word' || t.text !== t.lower) return false;
  }
  return false;
}

/** True when the "et" at `i` joins two plural nouns into one name (see above). */
export function isPluralPairEt(
  tokens: Token[],
  runFrom: number,
  i: number,
  hasHead: (tokens: Token[], from: number, to: number) => boolean,
): boolean {
  if (tokens[i]?.lower !== 'et' || !isPluralNoun(tokens[i - 1]) || !isPluralNoun(tokens[i + 1])) return false;
  const after = tokens[i + 2];
  if (after && after.kind === 'word' && isCapitalised(after)) return false;
  if (i - runFrom === 1) return singularArticleBefore(tokens, runFrom);
  return hasHead(tokens, runFrom, i - 1);
}
