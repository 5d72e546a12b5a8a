import type { Token } from '../tokens';
import { isNameToken } from './name-joins';
import { LEGAL_FORMS, PLACES } from './lexicon-common';

/**
 * "Mitsubishi Motor Sales of America Inc", "T.C. of New York Inc": a place written between "of" and a legal form
 * is the country or town part of one company's name, whatever word stands before "of" (a town after a closing form,
 * "X Inc of Salem", is left to the name joins). Returns the tokens taken ("of" and the place), or 0.
 */
const MAX_PLACE_WORDS = 2;

function isForm(t: Token | undefined): boolean {
  return !!t && isNameToken(t) && LEGAL_FORMS.has(t.lower.replace(/\.$/, ''));
}

export function ofPlaceBeforeForm(tokens: Token[], runFrom: number, j: number): number {
  if (j <= runFrom || tokens[j].lower !== 'of' || isForm(tokens[j - 1])) return 0;
  for (let n = 1; n <= MAX_PLACE_WORDS; n++) {
    const words = tokens.slice(j + 1, j + 1 + n);
    if (words.length < n || !words.every((w) => isNameToken(w) && /^\p{Lu}/u.test(w.text))) return 0;
    if (words.every((w) => PLACES.has(w.lower)) && isForm(tokens[j + 1 + n])) return 1 + n;
  }
  return 0;
}
